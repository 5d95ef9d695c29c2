import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { PACKAGE_ROOT } from "../package-root.ts";
import type { Database } from "./database.ts";

const MIGRATIONS_DIR = path.join(PACKAGE_ROOT, "migrations");
const NAME = /^\d{4}_[a-z0-9_]+\.sql$/;
// Any constant works; it only has to be the same in every Frontline process.
const MIGRATION_LOCK_KEY = 4_711_001;

export type Migration = { name: string; sql: string };

/** The forward-only migrations' file names in order; a misnamed file is an error, not a silent skip. */
function migrationNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .map((name) => {
      if (!NAME.test(name)) throw new Error(`migration ${name} is not named NNNN_snake_name.sql`);
      return name;
    });
}

/** Lists the forward-only migrations in order, with their SQL. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return migrationNames(dir).map((name) => ({ name, sql: readFileSync(path.join(dir, name), "utf8") }));
}

/**
 * Whether every migration in the folder is already applied: one read of schema_migrations, no lock, no transaction
 * and none of the SQL files read (megabytes). Every start and every one-shot command (`mail ingest`, one process per
 * message) asks; only when something is missing (or the table is) does `migrate` take the lock.
 */
async function isCurrent(database: Database, names: readonly string[]): Promise<boolean> {
  try {
    const result = await database.db.execute(sql`select name from schema_migrations`);
    const done = new Set((result as { rows: Array<{ name: string }> }).rows.map((r) => r.name));
    return names.every((name) => done.has(name));
  } catch {
    return false; // no schema_migrations yet: a new database
  }
}

/**
 * Applies pending migrations in one transaction under an advisory lock, so several
 * processes starting together against one PostgreSQL migrate exactly once.
 * Returns the names it applied.
 */
export async function migrate(database: Database, given?: Migration[]): Promise<string[]> {
  if (!given && (await isCurrent(database, migrationNames(MIGRATIONS_DIR)))) return [];
  const migrations = given ?? listMigrations();
  return database.rawTransaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await tx.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
    );
    const done = new Set((await tx.query<{ name: string }>("SELECT name FROM schema_migrations")).map((r) => r.name));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      for (const statement of migration.sql.split("--> statement-breakpoint")) {
        if (statement.trim()) await tx.exec(statement);
      }
      await tx.query("INSERT INTO schema_migrations (name) VALUES ($1)", [migration.name]);
      applied.push(migration.name);
    }
    return applied;
  });
}
