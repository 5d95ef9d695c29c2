import { getTableColumns, type SQL, type Table } from "drizzle-orm";
import type { PgDialect } from "drizzle-orm/pg-core";
import type { Db } from "./database.ts";

/**
 * A hot statement whose SQL text is built once per shape instead of by Drizzle on every request (issue 12: building
 * the query was a sixth of a write's CPU), run straight through the driver of the handle it is given — the pool or
 * the open transaction's own connection. On PostgreSQL it is a named prepared statement: each connection parses and
 * plans it once, then only binds values. PGlite has no named statements across calls, so it runs as a plain
 * parameterised query: one code path, the same SQL on both engines.
 */
export type Statement = { readonly name: string | undefined; readonly text: string };

/** The driver behind a Drizzle handle: node-postgres' Pool or PoolClient, or PGlite (or its transaction). */
type Driver = {
  query(...args: unknown[]): Promise<{ rows: unknown[] }>;
  exec?: unknown;
};

function driverOf(db: Db): Driver {
  // Both Drizzle sessions (node-postgres, PGlite) keep their client here; a transaction's is its own connection.
  const client = (db as unknown as { session?: { client?: Driver } }).session?.client;
  if (!client || typeof client.query !== "function") throw new Error("runStatement: not a Drizzle database handle");
  return client;
}

/** Runs a statement with its values (already in the driver's form, see `driverValues`) and returns its rows. */
export async function runStatement<T>(db: Db, statement: Statement, values: readonly unknown[]): Promise<T[]> {
  const driver = driverOf(db);
  // PGlite (and its transaction) has `exec`; node-postgres clients and pools do not.
  const result =
    typeof driver.exec === "function" || statement.name === undefined
      ? await driver.query(statement.text, values)
      : await driver.query({ name: statement.name, text: statement.text, values });
  return result.rows as T[];
}

/**
 * Runs a statement Drizzle builds (its text and values as Drizzle's own `execute` would send them) as a named
 * statement of `family`, keyed by its text: the SQL is still built per call, but PostgreSQL parses and plans each
 * shape once per connection instead of on every call. For the hot statements whose shape is fixed by the code while
 * their parts come from several stores (a mail's claim, a transaction's deferred writes): parsing and planning them
 * was about 60 % of their PostgreSQL CPU (bench/mail-statements-probe.ts with PROBE_PG_CPU). Rows come back as the
 * driver parses them (no Drizzle mapping of dates): for statements that return none, or no dates.
 */
export async function runBuilt<T>(db: Db, family: string, query: SQL): Promise<T[]> {
  const { sql: text, params } = (db as unknown as { dialect: PgDialect }).dialect.sqlToQuery(query);
  return runStatement<T>(db, statement(family, text), params);
}

// Every connection keeps each named statement for its life: the names are bounded so that shapes built from data
// (the columns an update changes) cannot grow that without end. Past the bound, statements run unnamed.
const MAX_NAMED = 256;
const named = new Map<string, string>();

/**
 * A statement for `text`, named after the `family` it belongs to (e.g. ticket_update) while fewer than MAX_NAMED
 * distinct texts have been named in this process. Callers keep it (per shape) so the text is built once.
 */
export function statement(family: string, text: string): Statement {
  let name = named.get(text);
  if (name === undefined && named.size < MAX_NAMED) {
    name = `fl_${family}_${named.size}`;
    named.set(text, name);
  }
  return { name, text };
}

/** A table's columns by property name: the SQL name (quoted) and Drizzle's mapping of a value to the driver's form. */
export function columnsOf(table: Table): Record<string, { sqlName: string; toDriver: (value: unknown) => unknown }> {
  return Object.fromEntries(
    Object.entries(getTableColumns(table)).map(([key, column]) => [
      key,
      {
        sqlName: `"${column.name}"`,
        toDriver: (value: unknown) => (value === null || value === undefined ? null : column.mapToDriverValue(value)),
      },
    ]),
  );
}
