import { asc, getTableColumns, getTableName, sql, type Column, type SQL } from "drizzle-orm";
import { getTableConfig, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./database.ts";

export type Table = PgTable;

/** The SQL name of a Drizzle table. */
export function tableName(table: PgTable): string {
  return getTableName(table);
}

export type DumpLine = { table: string; row: Record<string, unknown> };

const PAGE = 1000;

const isTimestamp = (column: Column) =>
  column.columnType === "PgTimestamp" || column.columnType === "PgTimestampString";
const isDate = (column: Column) => column.columnType === "PgDate" || column.columnType === "PgDateString";
const isJson = (column: Column) => column.columnType === "PgJsonb" || column.columnType === "PgJson";
const isText = (column: Column) => column.columnType === "PgText" || column.columnType === "PgVarchar";

/** The primary key's columns (a single primary column or a composite key): the dump's stable order. */
function keyColumns(table: PgTable): Column[] {
  const single = Object.values(getTableColumns(table)).filter((c) => c.primary);
  if (single.length > 0) return single;
  // getTableConfig builds its own column objects: find the table's by SQL name.
  const byName = new Map(Object.values(getTableColumns(table)).map((c) => [c.name, c]));
  const composite = (getTableConfig(table).primaryKeys[0]?.columns ?? []).map((c) => byName.get(c.name)!);
  if (composite.length === 0) throw new Error(`${getTableName(table)} has no primary key to dump it in a stable order`);
  return composite;
}

/** A key column as the dump compares it: text bytewise, so both engines (whatever their collation) agree. */
const keyExpression = (column: Column): SQL => (isText(column) ? sql`${column} collate "C"` : sql`${column}`);

/**
 * What the dump selects for each column. Timestamps come as UTC text with microseconds (a JS Date would
 * drop them), dates as text (no time zone to shift them) and JSON as its text (Drizzle would parse a JSON
 * string value a second time, turning "123" into 123).
 */
function dumpFields(table: PgTable): Record<string, PgColumn | SQL> {
  const fields: Record<string, PgColumn | SQL> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (isTimestamp(column)) {
      const utc = (column as Column & { withTimezone?: boolean }).withTimezone
        ? sql`${column} at time zone 'UTC'`
        : sql`${column}`;
      fields[key] = sql`to_char(${utc}, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
    } else if (isJson(column) || isDate(column)) {
      fields[key] = sql`${column}::text`;
    } else {
      fields[key] = column as PgColumn;
    }
  }
  return fields;
}

/**
 * Streams every row of the tables, in the given order, in primary-key order, as JSON-ready lines.
 * Pages by key (not offset), so each page costs the same however large the table.
 */
export async function* dumpTables(db: Db, tables: readonly PgTable[], pageSize = PAGE): AsyncGenerator<DumpLine> {
  for (const table of tables) {
    const name = getTableName(table);
    const fields = dumpFields(table);
    const columns = getTableColumns(table);
    const jsonKeys = Object.keys(columns).filter((key) => isJson(columns[key]!));
    const keys = keyColumns(table);
    const keyNames = keys.map((k) => Object.keys(columns).find((name) => columns[name] === k)!);
    let after: unknown[] | undefined;
    for (;;) {
      const where = after
        ? sql`(${sql.join(keys.map(keyExpression), sql`, `)}) > (${sql.join(
            keys.map((k, i) => sql`${sql.param(after![i], k)}`),
            sql`, `,
          )})`
        : undefined;
      const rows = (await db
        .select(fields)
        .from(table)
        .where(where)
        .orderBy(...keys.map((k) => asc(keyExpression(k))))
        .limit(pageSize)) as Record<string, unknown>[];
      for (const row of rows) {
        for (const key of jsonKeys) if (typeof row[key] === "string") row[key] = JSON.parse(row[key] as string);
        yield { table: name, row };
      }
      if (rows.length < pageSize) break;
      const last = rows.at(-1)!;
      after = keyNames.map((key) => last[key]);
    }
  }
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Turns a dumped row back into insert values: timestamps and dates go to PostgreSQL as text cast to the
 * column's type (keeping microseconds). Throws on a column the table does not have or a malformed value.
 */
export function reviveRow(table: PgTable, row: Record<string, unknown>): Record<string, unknown> {
  const columns = getTableColumns(table);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const column = columns[key];
    if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
    const format = isTimestamp(column) ? TIMESTAMP : isDate(column) ? DATE : undefined;
    if (format && value !== null) {
      if (typeof value !== "string" || !format.test(value))
        throw new Error(
          `${getTableName(table)}.${key}: expected an ISO 8601 ${isDate(column) ? "date" : "timestamp"}, got ${JSON.stringify(value)}`,
        );
      out[key] = sql`${value}::${sql.raw(column.getSQLType())}`;
    } else {
      out[key] = value;
    }
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

/**
 * Moves the sequence behind every serial or identity column of the tables past the column's highest value,
 * after rows were inserted with explicit ids. (A free-standing sequence a default calls: resyncSequence.)
 */
export async function resyncSerials(db: Db, tables: readonly PgTable[]): Promise<void> {
  for (const table of tables) {
    for (const column of Object.values(getTableColumns(table))) {
      if (!/Serial|Integer|BigInt|SmallInt/.test(column.columnType)) continue;
      await db.execute(
        sql`select setval(s, coalesce((select max(${column}) from ${table}), 0) + 1, false) from (select pg_get_serial_sequence(${getTableName(table)}, ${column.name}) as s) serial where s is not null`,
      );
    }
  }
}

/** Moves a free-standing sequence past the highest value of a column (never below its start). */
export async function resyncSequence(
  db: Db,
  sequence: string,
  table: string,
  column: string,
  start: number,
): Promise<void> {
  await db.execute(
    sql`select setval(${sequence}, greatest(coalesce((select max(${sql.identifier(column)}) from ${sql.identifier(table)}) + 1, ${start}), ${start}), false)`,
  );
}
