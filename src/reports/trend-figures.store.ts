import { and, sql, type SQL } from "drizzle-orm";
import { satisfactionRatings } from "../feedback/feedback.tables.ts";
import type { Db } from "../platform/db/database.ts";
import { escalations } from "../sla/sla.tables.ts";
import { tickets } from "../tickets/ticket.tables.ts";
import { ticketIndicatorFacts as f } from "./indicator-facts.tables.ts";
import { ESCALATING_KINDS } from "./indicators/escalations.ts";
import type { Period } from "./indicators/period.ts";
import { rate, round } from "./indicators/stats.ts";
import type { TrendPoint } from "./indicators/trend.ts";
import { ticketConditions, type ReportReach, type TicketSelection } from "./indicators.store.ts";

type Num = number | string | null;
const n = (x: Num) => (x === null ? 0 : Number(x));
const minutes = (x: Num) => (x === null ? null : round(Number(x)));

type SliceRow = {
  i: Num;
  created: Num;
  resolved: Num;
  backlog: Num;
  response_median: Num;
  resolution_median: Num;
  response_count: Num;
  response_met: Num;
  resolution_count: Num;
  resolution_met: Num;
  fcr_resolved: Num;
  fcr_first: Num;
  escalations: Num;
  ratings: Num;
  rating_total: Num;
};

const stamp = (ms: number) => new Date(ms).toISOString();
const list = (values: readonly string[]) => `{${values.join(",")}}`;

/**
 * The headline figures of every slice of a trend in ONE statement over the indicator facts: each slice's figures are
 * those of `factFigures` for that slice (the versions that began in it and were still valid at its end — a version
 * begins in at most one slice, so the period's versions are read once), its backlog the open versions valid at its
 * end, counted as the backlog at the period's start (GiST index on the open ranges) plus the open versions begun
 * minus those ended in each slice up to it (a version is valid at T exactly when it began before T and did not end
 * before T), and its escalations and ratings by the loader's own conditions (indicators.store.ts). Equal to one
 * facts report per slice and to the folded trend (indicator-facts.db.test.ts).
 */
export async function trendFigures(
  db: Db,
  period: Period,
  parts: readonly Period[],
  selection: TicketSelection,
  reach: ReportReach,
): Promise<TrendPoint[]> {
  if (parts.length === 0) return [];
  const F = stamp(period.from);
  const T = stamp(period.to);
  const froms = list(parts.map((p) => stamp(p.from)));
  const tos = list(parts.map((p) => stamp(p.to)));
  const scope = and(...ticketConditions(selection, reach));
  const join = scope ? sql`join ${tickets} on ${tickets.id} = ${f.ticketId} and ${scope}` : sql``;
  const scoped = (rows: SQL) => (scope ? sql`join ${tickets} on ${tickets.id} = ${rows} and ${scope}` : sql``);
  const inSlice = (col: string) => sql`${sql.raw(col)} >= bf and ${sql.raw(col)} < bt`;
  const respIn = inSlice("response_stopped_at");
  const resIn = inSlice("resolution_stopped_at");
  const resolvedIn = sql`final and resolved_at >= bf`;
  const kinds = sql.join(
    ESCALATING_KINDS.map((k) => sql`${k}`),
    sql`, `,
  );
  const escalated = sql`exists (select 1 from ${escalations} e where e.ticket_id = v.ticket_id
    and e.kind in (${kinds}) and e.at <= v.resolved_at)`;
  const openRange = sql`tstzrange(${f.validFrom}, ${f.validTo}, '(]')`;
  const query = sql`
    with b as (
      select s.i::int as i, s.bf, s.bt
      from unnest(${froms}::timestamptz[], ${tos}::timestamptz[]) with ordinality as s(bf, bt, i)
    ),
    v as (
      select b.i, b.bf, b.bt, ${f}.* from b join ${f}
        on ${f.validFrom} >= b.bf and ${f.validFrom} < b.bt
        and (${f.validTo} is null or ${f.validTo} >= b.bt)
      ${join}
      where ${f.validFrom} >= ${F}::timestamptz and ${f.validFrom} < ${T}::timestamptz
    ),
    fig as (
      select i,
        count(*) filter (where created_at >= bf)::int as created,
        count(*) filter (where ${resolvedIn})::int as resolved,
        percentile_cont(0.5) within group (order by response_business_minutes) filter (where ${respIn})
          as response_median,
        percentile_cont(0.5) within group (order by resolution_business_minutes) filter (where ${resIn})
          as resolution_median,
        count(*) filter (where ${respIn})::int as response_count,
        count(*) filter (where ${respIn} and response_breached_at is null)::int as response_met,
        count(*) filter (where ${resIn})::int as resolution_count,
        count(*) filter (where ${resIn} and resolution_breached_at is null)::int as resolution_met,
        count(*) filter (where ${resolvedIn} and not fcr_excluded)::int as fcr_resolved,
        count(*) filter (where ${resolvedIn} and not fcr_excluded and fcr_first_contact and not ${escalated})::int
          as fcr_first
      from v group by i
    ),
    base as (
      select count(*)::int as open from ${f} ${join} where not ${f.final} and ${openRange} @> ${F}::timestamptz
    ),
    moves as (
      select i, sum(d)::int as d from (
        select b.i, 1 as d from b join ${f} on ${f.validFrom} >= b.bf and ${f.validFrom} < b.bt ${join}
          where not ${f.final}
        union all
        select b.i, -1 as d from b join ${f} on ${f.validTo} >= b.bf and ${f.validTo} < b.bt ${join}
          where not ${f.final}
      ) m group by i
    ),
    esc as (
      select b.i, count(*)::int as n from b join ${escalations}
        on ${escalations.at} >= b.bf and ${escalations.at} < b.bt and ${escalations.kind} in (${kinds})
      join ${tickets} on ${tickets.id} = ${escalations.ticketId} and ${tickets.createdAt} < b.bt
        and (${tickets.status} not in ('resolved', 'closed') or ${tickets.updatedAt} >= b.bf)
        ${scope ? sql`and ${scope}` : sql``}
      group by b.i
    ),
    sat as (
      select b.i, count(*)::int as n, sum(${satisfactionRatings.score})::int as total from b join ${satisfactionRatings}
        on ${satisfactionRatings.updatedAt} >= b.bf and ${satisfactionRatings.updatedAt} < b.bt
      ${scoped(sql`${satisfactionRatings.ticketId}`)}
      group by b.i
    )
    select b.i, fig.created, fig.resolved, fig.response_median, fig.resolution_median, fig.response_count,
      fig.response_met, fig.resolution_count, fig.resolution_met, fig.fcr_resolved, fig.fcr_first,
      base.open + sum(coalesce(moves.d, 0)) over (order by b.i) as backlog,
      esc.n as escalations, sat.n as ratings, sat.total as rating_total
    from b cross join base
      left join fig on fig.i = b.i left join moves on moves.i = b.i
      left join esc on esc.i = b.i left join sat on sat.i = b.i
    order by b.i`;
  const rows = ((await db.execute(query)) as unknown as { rows: SliceRow[] }).rows;
  return rows.map((r, k): TrendPoint => {
    const part = parts[k]!;
    const ratings = n(r.ratings);
    return {
      from: stamp(part.from),
      to: stamp(part.to),
      created: n(r.created),
      resolved: n(r.resolved),
      backlog: n(r.backlog),
      response_median_business_minutes: minutes(r.response_median),
      resolution_median_business_minutes: minutes(r.resolution_median),
      response_met_rate: rate(n(r.response_met), n(r.response_count)),
      resolution_met_rate: rate(n(r.resolution_met), n(r.resolution_count)),
      first_contact_rate: rate(n(r.fcr_first), n(r.fcr_resolved)),
      escalations: n(r.escalations),
      satisfaction_mean: ratings === 0 ? null : Math.round((n(r.rating_total) / ratings) * 100) / 100,
    };
  });
}
