import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pgliteImage } from "../../src/platform/db/database.ts";
import { listMigrations, migrate } from "../../src/platform/db/migrate.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The file of a migrated PGlite every test worker opens its database from (test/support/db.ts), made once per
 * PGlite version and set of migrations and kept in the system's temporary folder. Booting from it skips initdb
 * and the migrations: about 1 s instead of 3–6 s per worker, which a mutation run pays for every mutant.
 */
export async function migratedPgliteImage(): Promise<string> {
  const key = createHash("sha256");
  key.update(readFileSync(path.join(ROOT, "node_modules/@electric-sql/pglite/package.json")));
  for (const m of listMigrations()) key.update(`${m.name}\n${m.sql}\n`);
  const file = path.join(tmpdir(), "frontline-test", `pglite-${key.digest("hex").slice(0, 16)}.tar`);
  if (existsSync(file)) return file;
  const image = await pgliteImage(migrate);
  mkdirSync(path.dirname(file), { recursive: true });
  // Written aside and renamed, so a worker of a run starting at the same time never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await image.arrayBuffer()));
  renameSync(partial, file);
  return file;
}
