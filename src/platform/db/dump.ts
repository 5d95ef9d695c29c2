import { asc, getTableColumns, getTableName, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./database.ts";

export type Table = PgTable;

/** The SQL name of a Drizzle table. */
export function tableName(table: PgTable): string {
  return getTableName(table);
}

export type DumpLine = { table: string; row: Record<string, unknown> };

const PAGE = 1000;

function primaryOrder(table: PgTable) {
  const columns = getTableColumns(table);
  const primary = Object.values(columns).filter((c) => c.primary);
  // Composite keys have no single primary column: order by every column for a stable dump.
  return (primary.length > 0 ? primary : Object.values(columns)).map((c) => asc(c));
}

/** Streams every row of the tables, in the given order, in primary-key order, as JSON-ready lines. */
export async function* dumpTables(db: Db, tables: readonly PgTable[]): AsyncGenerator<DumpLine> {
  for (const table of tables) {
    const name = getTableName(table);
    for (let offset = 0; ; offset += PAGE) {
      const rows = await db.select().from(table).orderBy(...primaryOrder(table)).limit(PAGE).offset(offset);
      for (const row of rows) yield { table: name, row: row as Record<string, unknown> };
      if (rows.length < PAGE) break;
    }
  }
}

/** Turns JSON values back into what the columns take (ISO strings → Date for timestamps). */
export function reviveRow(table: PgTable, row: Record<string, unknown>): Record<string, unknown> {
  const columns = getTableColumns(table);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const column = columns[key];
    if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
    out[key] = column.columnType === "PgTimestamp" && typeof value === "string" ? new Date(value) : value;
  }
  return out;
}

/** Inserts rows into a table in batches (inside the caller's transaction). */
export async function insertRows(db: Db, table: PgTable, rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(table).values(rows.slice(i, i + 500) as never);
  }
}

/** Counts rows per table (import refuses a database that is not empty). */
export async function countRows(db: Db, table: PgTable): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row?.n ?? 0;
}

/** Moves a serial column's sequence past the highest id, after rows were inserted with explicit ids. */
export async function resyncSerial(db: Db, table: string, column: string): Promise<void> {
  await db.execute(
    sql`select setval(pg_get_serial_sequence(${table}, ${column}), coalesce((select max(${sql.identifier(column)}) from ${sql.identifier(table)}), 0) + 1, false)`,
  );
}

/** Moves a free-standing sequence past the highest value of a column (never below its start). */
export async function resyncSequence(db: Db, sequence: string, table: string, column: string, start: number): Promise<void> {
  await db.execute(
    sql`select setval(${sequence}, greatest(coalesce((select max(${sql.identifier(column)}) from ${sql.identifier(table)}) + 1, ${start}), ${start}), false)`,
  );
}
