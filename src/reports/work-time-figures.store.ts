import { and, sql, type SQL } from "drizzle-orm";
import type { Db } from "../platform/db/database.ts";
import { tickets } from "../tickets/ticket.tables.ts";
import { WORK_KINDS, type WorkKind } from "../tickets/work-time/work-time.ts";
import { ticketIndicatorFacts as f } from "./indicator-facts.tables.ts";
import type { Period } from "./indicators/period.ts";
import { kindFigures, type WorkKindFigures, type WorkTimeFigures } from "./indicators/work-time.ts";
import { ticketConditions, type ReportReach, type TicketSelection } from "./indicators.store.ts";

type Num = number | string | null;
const n = (x: Num | undefined) => (x === null || x === undefined ? 0 : Number(x));

/**
 * Remote, on-site and travel time finished in a period, in the caller's scope, from the facts' `work_done` stretches
 * of the versions valid at its end that began in it (the versions `factFigures` reads as "touched": a stretch that
 * ended in the period is an event in it). One statement; equal to `workTimeIn` over the histories.
 */
export async function workTimeFromFacts(
  db: Db,
  period: Period,
  selection: TicketSelection,
  reach: ReportReach,
): Promise<WorkTimeFigures> {
  const F = new Date(period.from).toISOString();
  const T = new Date(period.to).toISOString();
  const scope = and(...ticketConditions(selection, reach));
  const join = scope ? sql`join ${tickets} on ${tickets.id} = ${f.ticketId} and ${scope}` : sql``;
  const touched: SQL = sql`select ${f.ticketId} as ticket_id, ${f.workDone} as work_done from ${f} ${join}
    where ${f.validFrom} >= ${F}::timestamptz and ${f.validFrom} < ${T}::timestamptz
      and (${f.validTo} is null or ${f.validTo} >= ${T}::timestamptz) and ${f.workDone} <> '[]'::jsonb`;
  type Row = { kind: WorkKind | "visit"; tickets: Num; count: Num; total: Num };
  const result = await db.execute(sql`with v as (${touched}), w as (
      select v.ticket_id, x->>'kind' as kind, (x->>'minutes')::float8 as minutes
      from v, jsonb_array_elements(v.work_done) x
      where (x->>'ended_at')::timestamptz >= ${F}::timestamptz and (x->>'ended_at')::timestamptz < ${T}::timestamptz)
    select kind, count(distinct ticket_id)::int as tickets, count(*)::int as count, sum(minutes) as total
      from w group by kind
    union all
    select 'visit', count(distinct ticket_id)::int, 0, 0 from w where kind in ('onsite', 'travel')`);
  const rows = (result as unknown as { rows: Row[] }).rows;
  const of = (kind: Row["kind"]) => rows.find((r) => r.kind === kind);
  const figures = Object.fromEntries(
    WORK_KINDS.map((k) => {
      const r = of(k);
      return [k, kindFigures(n(r?.tickets), n(r?.count), n(r?.total))];
    }),
  ) as Record<WorkKind, WorkKindFigures>;
  return {
    ...figures,
    tickets_with_visit: n(of("visit")?.tickets),
    tickets_with_remote_session: figures.remote.tickets,
  };
}
