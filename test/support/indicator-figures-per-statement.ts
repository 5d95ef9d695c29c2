import { and, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../src/platform/db/database.ts";
import { CHANNELS, PRIORITIES, type Channel, type Priority } from "../../src/shared/enums.ts";
import { escalations } from "../../src/sla/sla.tables.ts";
import { tickets } from "../../src/tickets/ticket.tables.ts";
import { ticketIndicatorFacts as f } from "../../src/reports/indicator-facts.tables.ts";
import type { ClockTimes } from "../../src/reports/indicators/clock-times.ts";
import { DEFINITIONS } from "../../src/reports/indicators/definitions.ts";
import { ESCALATING_KINDS, escalationsIn } from "../../src/reports/indicators/escalations.ts";
import type { IndicatorReport } from "../../src/reports/indicators/indicators.ts";
import { satisfaction } from "../../src/reports/indicators/satisfaction.ts";
import type { FirstContactResolution } from "../../src/reports/indicators/first-contact-resolution.ts";
import type { Period } from "../../src/reports/indicators/period.ts";
import type { BreachedTicket, PriorityCompliance, SlaCompliance } from "../../src/reports/indicators/sla-compliance.ts";
import { rate, round, type Spread } from "../../src/reports/indicators/stats.ts";
import type { TierTime } from "../../src/reports/indicators/time-per-tier.ts";
import type { Volume } from "../../src/reports/indicators/volume.ts";
import {
  loadIndicatorRecords,
  ticketConditions,
  type ReportReach,
  type TicketSelection,
} from "../../src/reports/indicators.store.ts";
import { workTimeFromFacts } from "../../src/reports/work-time-figures.store.ts";

/**
 * The indicators as they were read before they became one statement (src/reports/indicator-figures.store.ts): seven
 * statements over the period's fact versions, each re-reading them, and the records' four. Kept only as the reference
 * the one statement is tested equal to (indicator-facts.db.test.ts), beside the fold from the histories.
 */
export async function indicatorsPerStatement(
  db: Db,
  period: Period,
  selection: TicketSelection,
  reach: ReportReach,
  now: number,
): Promise<IndicatorReport> {
  const [figures, records, workTime] = await Promise.all([
    factFigures(db, period, selection, reach, now),
    loadIndicatorRecords(db, period, selection, reach, true),
    workTimeFromFacts(db, period, selection, reach),
  ]);
  return {
    period: { from: new Date(period.from).toISOString(), to: new Date(period.to).toISOString() },
    tickets: figures.tickets,
    response: figures.response,
    resolution: figures.resolution,
    sla: figures.sla,
    first_contact_resolution: figures.first_contact_resolution,
    escalations: { ...escalationsIn(period, records.escalations), time_per_tier: figures.time_per_tier },
    satisfaction: satisfaction(
      period,
      records.ratings,
      figures.tickets.resolved,
      records.surveyInvitations,
      records.regularSurveys,
    ),
    work_time: workTime,
    definitions: DEFINITIONS,
  };
}

/** The ticket figures of a period, aggregated in SQL from the facts valid at its end (indicator-facts.tables.ts). */
type FactFigures = {
  tickets: Volume;
  response: ClockTimes;
  resolution: ClockTimes;
  sla: SlaCompliance;
  first_contact_resolution: FirstContactResolution;
  time_per_tier: Record<string, TierTime>;
};

type Num = number | string | null;
const n = (x: Num) => (x === null ? 0 : Number(x));
const spreadOf = (mean: Num, median: Num, p90: Num): Spread =>
  mean === null
    ? { mean: null, median: null, p90: null }
    : { mean: round(Number(mean)), median: round(Number(median)), p90: round(Number(p90)) };

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** The statistics of one duration column over the rows a condition picks: count, mean, median, nearest-rank p90. */
const stats = (column: SQL, where: SQL, as: string) => sql`
  count(*) filter (where ${where})::int as ${sql.raw(as)}_count,
  avg(${column}) filter (where ${where}) as ${sql.raw(as)}_mean,
  percentile_cont(0.5) within group (order by ${column}) filter (where ${where}) as ${sql.raw(as)}_median,
  percentile_disc(0.9) within group (order by ${column}) filter (where ${where}) as ${sql.raw(as)}_p90`;

/**
 * Every ticket figure of a period in the caller's scope, from the versions of the facts valid at its end: those
 * that began in the period (anything created, resolved, stopped or reopened in it) and, for the backlog, the open
 * ones however old. Equal to folding every history (indicators.ts), which the facts test keeps so.
 */
async function factFigures(
  db: Db,
  period: Period,
  selection: TicketSelection,
  reach: ReportReach,
  now: number,
): Promise<FactFigures> {
  const F = new Date(period.from).toISOString();
  const T = new Date(period.to).toISOString();
  const end = new Date(Math.min(period.to, now)).toISOString();
  const scope = and(...ticketConditions(selection, reach));
  const join = scope ? sql`join ${tickets} on ${tickets.id} = ${f.ticketId} and ${scope}` : sql``;
  const validAtEnd = sql`${f.validFrom} < ${T}::timestamptz and (${f.validTo} is null or ${f.validTo} >= ${T}::timestamptz)`;
  // Each versions' set as a CTE over the facts table (aliased by its own name, so column references stay valid).
  const touched = sql`select ${f}.* from ${f} ${join} where ${f.validFrom} >= ${F}::timestamptz and ${validAtEnd}`;
  // The same condition as a range, so an old period's backlog reads the GiST index on the open versions' ranges.
  const openAtEnd = sql`tstzrange(${f.validFrom}, ${f.validTo}, '(]') @> ${T}::timestamptz`;
  const open = sql`select ${f}.* from ${f} ${join} where not ${f.final} and ${openAtEnd}`;
  const inP = (col: string) => sql`${sql.raw(col)} >= ${F}::timestamptz and ${sql.raw(col)} < ${T}::timestamptz`;
  const respIn = inP("response_stopped_at");
  const resIn = inP("resolution_stopped_at");
  const resolvedIn = sql`final and resolved_at >= ${F}::timestamptz`;

  type PriorityRow = Record<string, Num> & { priority: Priority };
  type ChannelRow = { channel: Channel; created: Num; resolved: Num; reopened: Num };
  type OpenRow = { channel: Channel; backlog: Num; d1: Num; d3: Num; d7: Num; d30: Num };
  const escalated = sql`exists (select 1 from ${escalations} e where e.ticket_id = v.ticket_id
    and e.kind in (${sql.join(
      ESCALATING_KINDS.map((k) => sql`${k}`),
      sql`, `,
    )}) and e.at <= v.resolved_at)`;
  const [byPriority, byChannel, openRows, [fcr], firstContact, breachedRows, tiers] = await Promise.all([
    rows<PriorityRow>(
      db,
      sql`with v as (${touched}) select priority,
        ${stats(sql`response_business_minutes`, respIn, "rb")}, ${stats(sql`response_wall_minutes`, respIn, "rw")},
        ${stats(sql`resolution_business_minutes`, resIn, "sb")}, ${stats(sql`resolution_wall_minutes`, resIn, "sw")},
        count(*) filter (where ${respIn} and response_breached_at is null)::int as r_met,
        count(*) filter (where ${resIn} and resolution_breached_at is null)::int as s_met,
        count(*) filter (where (${respIn}) or (${resIn}))::int as tickets
      from v group by grouping sets ((priority), ())`,
    ),
    rows<ChannelRow>(
      db,
      sql`with v as (${touched}) select channel,
        count(*) filter (where created_at >= ${F}::timestamptz)::int as created,
        count(*) filter (where ${resolvedIn})::int as resolved,
        coalesce(sum((select count(*) from unnest(reopened_at) r where r >= ${F}::timestamptz)), 0)::int as reopened
      from v group by channel`,
    ),
    rows<OpenRow>(
      db,
      sql`with v as (${open}), a as (select channel,
        extract(epoch from (${end}::timestamptz - created_at)) / 86400 as age from v) select channel,
        count(*)::int as backlog, count(*) filter (where age < 1)::int as d1,
        count(*) filter (where age >= 1 and age < 3)::int as d3, count(*) filter (where age >= 3 and age < 7)::int as d7,
        count(*) filter (where age >= 7 and age < 30)::int as d30 from a group by channel`,
    ),
    rows<{ excluded: Num; resolved: Num }>(
      db,
      sql`with v as (${touched}) select
        count(*) filter (where ${resolvedIn} and fcr_excluded)::int as excluded,
        count(*) filter (where ${resolvedIn} and not fcr_excluded)::int as resolved from v`,
    ),
    rows<{ number: number }>(
      db,
      sql`with v as (${touched}) select number from v
      where ${resolvedIn} and not fcr_excluded and fcr_first_contact and not ${escalated} order by number`,
    ),
    rows<{ ticket_id: string; number: number; priority: Priority; rb: string | null; sb: string | null }>(
      db,
      sql`with v as (${touched}) select ticket_id, number, priority,
        case when ${respIn} then response_breached_at end as rb, case when ${resIn} then resolution_breached_at end as sb
      from v where (${respIn} and response_breached_at is not null) or (${resIn} and resolution_breached_at is not null)
      order by number`,
    ),
    rows<{ tier: string; tickets: Num; mean: Num; median: Num; p90: Num; exceeded: Num }>(
      db,
      sql`with v as (${touched}), h as (select t.key as tier, (t.value->>'minutes')::float8 as minutes,
        (t.value->>'exceeded')::int as exceeded from v, jsonb_each(v.tier_holds) t where ${resolvedIn})
      select tier, count(*)::int as tickets, avg(minutes) as mean,
        percentile_cont(0.5) within group (order by minutes) as median,
        percentile_disc(0.9) within group (order by minutes) as p90, sum(exceeded)::int as exceeded
      from h group by tier order by tier::int`,
    ),
  ]);
  const all = byPriority.find((r) => r.priority === null) ?? ({} as PriorityRow);
  const times = (r: PriorityRow, b: string, w: string): ClockTimes => ({
    count: n(r[`${b}_count`] ?? null),
    business_minutes: spreadOf(r[`${b}_mean`] ?? null, r[`${b}_median`] ?? null, r[`${b}_p90`] ?? null),
    wall_minutes: spreadOf(r[`${w}_mean`] ?? null, r[`${w}_median`] ?? null, r[`${w}_p90`] ?? null),
  });
  const compliance = (r: PriorityRow): PriorityCompliance => ({
    response_met_rate: rate(n(r.r_met ?? null), n(r.rb_count ?? null)),
    resolution_met_rate: rate(n(r.s_met ?? null), n(r.sb_count ?? null)),
    count: n(r.tickets ?? null),
    response_count: n(r.rb_count ?? null),
    resolution_count: n(r.sb_count ?? null),
  });
  const breached: BreachedTicket[] = breachedRows.map((r) => ({
    ticket_id: r.ticket_id,
    number: r.number,
    priority: r.priority,
    clocks: [
      ...(r.rb ? [{ kind: "first_response" as const, breached_at: new Date(r.rb).toISOString() }] : []),
      ...(r.sb ? [{ kind: "resolution" as const, breached_at: new Date(r.sb).toISOString() }] : []),
    ],
  }));
  const first = firstContact.map((r) => r.number);
  const total = compliance(all);
  return {
    tickets: volumeOf(byChannel, openRows),
    response: times(all, "rb", "rw"),
    resolution: times(all, "sb", "sw"),
    sla: {
      response_met_rate: total.response_met_rate,
      resolution_met_rate: total.resolution_met_rate,
      response_count: total.response_count,
      resolution_count: total.resolution_count,
      by_priority: Object.fromEntries(
        PRIORITIES.map((p) => [p, compliance(byPriority.find((r) => r.priority === p) ?? ({} as PriorityRow))]),
      ) as Record<Priority, PriorityCompliance>,
      breached,
    },
    first_contact_resolution: {
      rate: rate(first.length, n(fcr?.resolved ?? null)),
      resolved: n(fcr?.resolved ?? null),
      first_contact: first.length,
      excluded: n(fcr?.excluded ?? null),
      tickets: first,
    },
    time_per_tier: Object.fromEntries(
      tiers.map((t) => [
        t.tier,
        { tickets: n(t.tickets), business_minutes: spreadOf(t.mean, t.median, t.p90), exceeded: n(t.exceeded) },
      ]),
    ),
  };
}

function volumeOf(
  byChannel: ReadonlyArray<{ channel: Channel; created: Num; resolved: Num; reopened: Num }>,
  openRows: ReadonlyArray<{ channel: Channel; backlog: Num; d1: Num; d3: Num; d7: Num; d30: Num }>,
): Volume {
  const zero = () => ({ created: 0, resolved: 0, backlog: 0 });
  const ageing = { under_1d: 0, "1_to_3d": 0, "3_to_7d": 0, "7_to_30d": 0, over_30d: 0 };
  const out: Volume = { ...zero(), reopened: 0, ageing, by_channel: {} as Volume["by_channel"] };
  for (const c of CHANNELS) out.by_channel[c] = zero();
  for (const r of byChannel) {
    out.by_channel[r.channel].created += n(r.created);
    out.by_channel[r.channel].resolved += n(r.resolved);
    out.created += n(r.created);
    out.resolved += n(r.resolved);
    out.reopened += n(r.reopened);
  }
  for (const r of openRows) {
    out.by_channel[r.channel].backlog += n(r.backlog);
    out.backlog += n(r.backlog);
    ageing.under_1d += n(r.d1);
    ageing["1_to_3d"] += n(r.d3);
    ageing["3_to_7d"] += n(r.d7);
    ageing["7_to_30d"] += n(r.d30);
    ageing.over_30d += n(r.backlog) - n(r.d1) - n(r.d3) - n(r.d7) - n(r.d30);
  }
  return out;
}
