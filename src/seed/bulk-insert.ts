import { getTableColumns, getTableName, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../platform/db/database.ts";

/**
 * Inserts many rows in one statement with one parameter: the rows as a JSON array, which PostgreSQL (and PGlite)
 * spread into the table's own column types with `json_populate_recordset`. Drizzle's `values()` binds every field
 * as a parameter (65,535 at most, so a few thousand rows a statement) and spends most of a bulk load building them;
 * one JSON text is what makes a million-ticket seed take minutes. Dates become ISO instants, objects JSON, arrays
 * PostgreSQL arrays. Only the columns the first row names are written, so the others keep their SQL defaults: every
 * row must name the same columns. For bulk loads only (seed-synthetic): no `$defaultFn`, no custom column types.
 */
export async function bulkInsert<T extends PgTable>(db: Db, table: T, rows: ReadonlyArray<T["$inferInsert"]>) {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = Object.keys(rows[0]!).filter((k) => rows[0]![k as keyof T["$inferInsert"]] !== undefined);
  const names = keys.map((k) => {
    const column = columns[k];
    if (!column) throw new Error(`bulkInsert: ${getTableName(table)} has no column ${k}`);
    return column.name;
  });
  const renamed = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) out[names[i]!] = row[keys[i] as keyof typeof row];
    return out;
  });
  const json = JSON.stringify(renamed);
  const list = sql.raw(names.map((n) => `"${n}"`).join(", "));
  const name = sql.raw(`"${getTableName(table)}"`);
  await db.execute(
    sql`insert into ${name} (${list}) select ${list} from json_populate_recordset(null::${name}, ${json}::json)`,
  );
}
