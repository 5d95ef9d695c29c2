// Filling a database with a large synthetic year fast, for the "indicators" section of `npm run bench` (issue 11).
//
// `frontline seed-synthetic` writes tickets as the product does (events, clocks, indicator facts): about 45 minutes
// for a million. The bench writes a base year of `BASE_TICKETS` that way, then multiplies it in SQL: copy k of every
// ticket gets a new id (md5 of the original's id and k, so its rows follow it) and a new number from the ticket
// sequence, at the same instants — a period then holds k times the tickets, and the backlog grows with them, as a
// desk k times larger would have. The instants are not moved: business minutes depend on where an instant falls on
// its calendar (hours, holidays, summer time), so only an unmoved copy's facts equal a refold of its events. Copied
// with each ticket: its events (still the truth the facts fold), its SLA row, its indicator facts versions, its
// escalations and its rating. The search index and the surveys are not copied (no dashboard figure reads them per
// ticket). Works on PostgreSQL and PGlite; the copy numbers used are kept in the database, so a kept one grows from
// where it stopped.
import type { Query } from "./seed-list-tickets.ts";

/**
 * A copy's id: the md5 of the original's id and the copy's index, with the version (4) and variant (8) nibbles set, so it
 * is an RFC 9562 UUID like gen_random_uuid()'s — the API's response schemas refuse any other (a bare md5 cast to uuid
 * made every answer listing a copied ticket a 500).
 */
const copyId = (text: string) =>
  `overlay(overlay(md5(${text}) placing '4' from 13 for 1) placing '8' from 17 for 1)::uuid`;

/** Tickets written the product's way before multiplying. */
export const BASE_TICKETS = 5000;
/** Copies per transaction: progress is reported and no transaction grows unbounded. */
const CHUNK = 20_000;

/** The tables copied with each ticket, and the column that points at the ticket. */
const CHILDREN = [
  { table: "ticket_events", ticket: "ticket_id" },
  { table: "ticket_sla", ticket: "ticket_id" },
  { table: "ticket_indicator_facts", ticket: "ticket_id" },
  { table: "escalations", ticket: "ticket_id" },
  { table: "satisfaction_ratings", ticket: "ticket_id" },
] as const;

type Column = { name: string; type: string; hasDefault: boolean };

async function columnsOf(query: Query, table: string): Promise<Column[]> {
  const { rows } = await query(
    `select column_name as name, data_type as type, column_default is not null as "hasDefault"
       from information_schema.columns where table_schema = current_schema() and table_name = $1
         and is_generated = 'NEVER' order by ordinal_position`,
    [table],
  );
  return rows as Column[];
}

/**
 * The select list copying one row of a table (alias `o`) for copy `p`: the ticket column and the row's own uuid id
 * replaced, the ticket's number taken from the copy (alias `n`), a ticket's parent left out (copies link to none).
 */
function copyList(columns: readonly Column[], ticketColumn: string | null): string {
  return columns
    .map((c) => {
      const col = `o."${c.name}"`;
      if (ticketColumn === null && c.name === "id") return "p.new_id";
      if (ticketColumn === null && c.name === "parent_id") return "null";
      if (ticketColumn !== null && c.name === ticketColumn) return "p.new_id";
      if (ticketColumn !== null && c.name === "id" && c.type === "uuid") return copyId(`${col}::text || ':' || p.k`);
      if (ticketColumn !== null && c.name === "number") return "n.number";
      return col;
    })
    .join(", ");
}

/** Multiplies the synthetic tickets until the database holds `total` of them (no-op when it already does). */
export async function multiplySyntheticYear(
  query: Query,
  total: number,
  description: string,
  log: (line: string) => void,
): Promise<void> {
  const count = async () =>
    Number((await query("select count(*)::int as n from tickets where description = $1", [description])).rows[0]!.n);
  let have = await count();
  await query("create table if not exists bench_fact_originals as select id from tickets where description = $1", [
    description,
  ]);
  await query("create table if not exists bench_fact_copies (k int primary key)");
  const originals = Number((await query("select count(*)::int as n from bench_fact_originals")).rows[0]!.n);
  if (originals === 0) throw new Error("no synthetic ticket to copy: seed a synthetic year first");
  // The ticket's number is drawn from its sequence: left to its default, it is read back for the facts' copy.
  const ticketColumns = (await columnsOf(query, "tickets")).filter((c) => c.name !== "number");
  // A serial id is left to its sequence; a uuid id is derived from the original's like the ticket's. One query at
  // a time: the bench's connection is a single client.
  const children = [];
  for (const c of CHILDREN) {
    const columns = await columnsOf(query, c.table);
    children.push({ ...c, columns: columns.filter((col) => !(col.name === "id" && col.type !== "uuid")) });
  }
  let copy = Number((await query("select coalesce(max(k), 0)::int as k from bench_fact_copies")).rows[0]!.k);
  const started = performance.now();
  while (have < total) {
    const copies = Math.max(1, Math.min(Math.floor(CHUNK / originals), Math.ceil((total - have) / originals)));
    const from = copy + 1;
    const to = copy + copies;
    await query("begin");
    await query(
      `create temp table pick on commit drop as
         select o.id as old_id, ${copyId("o.id::text || ':' || k")} as new_id, k
         from generate_series($1::int, $2::int) k cross join bench_fact_originals o
         limit $3`,
      [from, to, total - have],
    );
    await query(
      `insert into tickets (${ticketColumns.map((c) => `"${c.name}"`).join(", ")})
         select ${copyList(ticketColumns, null)} from pick p join tickets o on o.id = p.old_id`,
    );
    for (const child of children) {
      await query(
        `insert into ${child.table} (${child.columns.map((c) => `"${c.name}"`).join(", ")})
           select ${copyList(child.columns, child.ticket)}
           from pick p join ${child.table} o on o.${child.ticket} = p.old_id join tickets n on n.id = p.new_id`,
      );
    }
    await query("insert into bench_fact_copies select generate_series($1::int, $2::int) on conflict do nothing", [
      from,
      to,
    ]);
    await query("commit");
    copy = to;
    have = await count();
    const seconds = (performance.now() - started) / 1000;
    log(`  ${have.toLocaleString("en")} tickets (${Math.round(have / Math.max(seconds, 0.001))}/s copying)`);
  }
  for (const table of ["tickets", ...CHILDREN.map((c) => c.table)]) await query(`analyze ${table}`);
}
