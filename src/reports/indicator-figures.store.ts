import { and, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { people } from "../identity/identity.tables.ts";
import { satisfactionRatings } from "../feedback/feedback.tables.ts";
import {
  satisfactionQuestion,
  type SurveyAnswers,
  type SurveyQuestion,
} from "../feedback/regular-survey/regular-survey.ts";
import { regularSurveyInvitations, regularSurveyRounds } from "../feedback/regular-survey/regular-survey.tables.ts";
import { surveyInvitations } from "../feedback/survey/survey.tables.ts";
import type { Db } from "../platform/db/database.ts";
import { CHANNELS, PRIORITIES, type Channel, type Priority } from "../shared/enums.ts";
import { escalations } from "../sla/sla.tables.ts";
import { tickets } from "../tickets/ticket.tables.ts";
import { ticketIndicatorFacts as f } from "./indicator-facts.tables.ts";
import type { ClockTimes } from "./indicators/clock-times.ts";
import { ESCALATING_KINDS, type EscalationFact } from "./indicators/escalations.ts";
import type { FirstContactResolution } from "./indicators/first-contact-resolution.ts";
import type { Period } from "./indicators/period.ts";
import type { RegularSurveyFact } from "./indicators/satisfaction.ts";
import type { BreachedTicket, PriorityCompliance, SlaCompliance } from "./indicators/sla-compliance.ts";
import { rate, round, type Spread } from "./indicators/stats.ts";
import type { TierTime } from "./indicators/time-per-tier.ts";
import type { Volume } from "./indicators/volume.ts";
import { ticketConditions, type IndicatorRecords, type ReportReach, type TicketSelection } from "./indicators.store.ts";

/** The ticket figures of a period, aggregated in SQL from the facts valid at its end (indicator-facts.tables.ts). */
export type FactFigures = {
  tickets: Volume;
  response: ClockTimes;
  resolution: ClockTimes;
  sla: SlaCompliance;
  first_contact_resolution: FirstContactResolution;
  time_per_tier: Record<string, TierTime>;
};

/** One period's figures and the records its escalations and satisfaction are told from. */
export type PeriodFigures = { figures: FactFigures; records: IndicatorRecords };

type Num = number | string | null;
const n = (x: Num | undefined) => (x === null || x === undefined ? 0 : Number(x));
const spreadOf = (mean: Num | undefined, median: Num | undefined, p90: Num | undefined): Spread =>
  mean === null || mean === undefined
    ? { mean: null, median: null, p90: null }
    : { mean: round(Number(mean)), median: round(Number(median)), p90: round(Number(p90)) };
// Instants leave the statement as epoch milliseconds, floored: what the driver's Date makes of a timestamptz.
const ms = (column: SQL | AnyColumn) => sql`floor(extract(epoch from ${column}) * 1000)`;
const date = (x: Num) => new Date(Number(x));
const dateOrNull = (x: Num) => (x === null ? null : date(x));

/** The statistics of one duration column over the rows a condition picks: count, mean, median, nearest-rank p90. */
const stats = (column: SQL, where: SQL, as: string) => sql`
  count(*) filter (where ${where})::int as ${sql.raw(as)}_count,
  avg(${column}) filter (where ${where}) as ${sql.raw(as)}_mean,
  percentile_cont(0.5) within group (order by ${column}) filter (where ${where}) as ${sql.raw(as)}_median,
  percentile_disc(0.9) within group (order by ${column}) filter (where ${where}) as ${sql.raw(as)}_p90`;

/** A part of the answer: the rows of a query as one JSON array (the statement answers one row of these). */
const part = (name: string, query: SQL) =>
  sql`(select coalesce(json_agg(x), '[]'::json) from (${query}) x) as ${sql.raw(name)}`;

type PriorityRow = Record<string, Num> & { pi: number; priority: Priority | null };
type ChannelRow = { pi: number; channel: Channel; created: Num; resolved: Num; reopened: Num };
type OpenRow = { pi: number; channel: Channel; backlog: Num; d1: Num; d3: Num; d7: Num; d30: Num };
type FcrRow = { pi: number; excluded: Num; resolved: Num };
type NumberRow = { pi: number; number: number };
type BreachedRow = { pi: number; ticket_id: string; number: number; priority: Priority; rb: Num; sb: Num };
type TierRow = { pi: number; tier: string; tickets: Num; mean: Num; median: Num; p90: Num; exceeded: Num };
type EscalationRow = Omit<EscalationFact, "at"> & { pi: number; at: Num };
type RatingRow = { pi: number; ticketId: string; ticketNumber: number; score: number; comment: string; at: Num };
type InvitationRow = { pi: number; ticketId: string; offeredAt: Num; answeredAt: Num };
type RegularRow = {
  pi: number;
  invitedAt: Num;
  answeredAt: Num;
  answers: SurveyAnswers | null;
  questions: SurveyQuestion[];
};
type Answer = {
  by_priority: PriorityRow[];
  by_channel: ChannelRow[];
  open_rows: OpenRow[];
  fcr: FcrRow[];
  first_contact: NumberRow[];
  breached: BreachedRow[];
  tiers: TierRow[];
  escalations: EscalationRow[];
  ratings: RatingRow[];
  invitations: InvitationRow[];
  regular: RegularRow[];
};

/**
 * Every figure of one or more periods (a report and the period before it) in the caller's scope, in ONE statement:
 * the versions of the facts valid at each period's end that began in it (anything created, resolved, stopped or
 * reopened in it) are read once into a CTE and every ticket figure is aggregated from it; the backlog from the open
 * versions valid at each end (the GiST index on their ranges); the escalations, ratings, survey invitations and
 * regular-survey answers of each period in the same statement, told apart in Node by the same definitions as the
 * fold (`escalationsIn`, `satisfaction`). Equal to folding every history (indicators.ts) and to the statement-per-
 * figure reading it replaced, which the facts test keeps so.
 */
export async function periodFigures(
  db: Db,
  periods: readonly Period[],
  selection: TicketSelection,
  reach: ReportReach,
  now: number,
): Promise<PeriodFigures[]> {
  if (periods.length === 0) return [];
  const iso = (t: number) => new Date(t).toISOString();
  const bounds = sql.join(
    periods.map(
      (p, i) =>
        sql`(${i}::int, ${iso(p.from)}::timestamptz, ${iso(p.to)}::timestamptz, ${iso(Math.min(p.to, now))}::timestamptz)`,
    ),
    sql`, `,
  );
  const first = iso(Math.min(...periods.map((p) => p.from)));
  const last = iso(Math.max(...periods.map((p) => p.to)));
  const scoped = ticketConditions(selection, reach);
  const scope = and(...scoped);
  const join = scope ? sql`join ${tickets} on ${tickets.id} = ${f.ticketId} and ${scope}` : sql``;
  // Each period's versions as one CTE over the facts table (its columns keep their names), with the period's bounds.
  const touched = sql`select p.pi, p.pf, p.pt, ${f}.* from ${f} ${join}
    join p on ${f.validFrom} >= p.pf and ${f.validFrom} < p.pt and (${f.validTo} is null or ${f.validTo} >= p.pt)
    where ${f.validFrom} >= ${first}::timestamptz and ${f.validFrom} < ${last}::timestamptz`;
  // Valid at the end as a range, so an old period's backlog reads the GiST index on the open versions' ranges.
  const open = sql`select p.pi, p.pe, ${f}.* from ${f} ${join}
    join p on tstzrange(${f.validFrom}, ${f.validTo}, '(]') @> p.pt where not ${f.final}`;
  const inP = (col: string) => sql`${sql.raw(col)} >= pf and ${sql.raw(col)} < pt`;
  const respIn = inP("response_stopped_at");
  const resIn = inP("resolution_stopped_at");
  const resolvedIn = sql`final and resolved_at >= pf`;
  const kinds = sql.join(
    ESCALATING_KINDS.map((k) => sql`${k}`),
    sql`, `,
  );
  const escalated = sql`exists (select 1 from ${escalations} e where e.ticket_id = v.ticket_id
    and e.kind in (${kinds}) and e.at <= v.resolved_at)`;
  // The tickets a period's records belong to (loadIndicatorRecords): existing before its end, open or changed since
  // it began, in the caller's scope.
  const active = and(
    sql`${tickets.createdAt} < p.pt`,
    sql`(${tickets.status} not in ('resolved', 'closed') or ${tickets.updatedAt} >= p.pf)`,
    ...scoped,
  );
  const e = escalations;
  const r = satisfactionRatings;
  const s = surveyInvitations;
  const ri = regularSurveyInvitations;
  // Regular surveys ask an organization's people, not about tickets: none in a report narrowed to tickets.
  const aboutTickets =
    selection.groupId ??
    selection.agentId ??
    selection.priority ??
    selection.channel ??
    selection.categoryId ??
    selection.policyId;
  const regular =
    reach !== null || aboutTickets !== undefined
      ? sql`'[]'::json as regular`
      : part(
          "regular",
          sql`select p.pi, ${ms(ri.createdAt)} as "invitedAt", ${ms(ri.answeredAt)} as "answeredAt",
            ${ri.answers} as answers, ${regularSurveyRounds.questions} as questions
          from ${ri} join ${regularSurveyRounds} on ${regularSurveyRounds.id} = ${ri.roundId}
            join ${people} on ${people.id} = ${ri.personId}
            join p on ${ri.createdAt} < p.pt and (${ri.createdAt} >= p.pf or ${ri.answeredAt} >= p.pf)
          ${selection.organizationId ? sql`where ${people.organizationId} = ${selection.organizationId}` : sql``}`,
        );
  const query = sql`with p(pi, pf, pt, pe) as (values ${bounds}), v as (${touched}), o as (${open})
    select
    ${part(
      "by_priority",
      sql`select pi, priority,
        ${stats(sql`response_business_minutes`, respIn, "rb")}, ${stats(sql`response_wall_minutes`, respIn, "rw")},
        ${stats(sql`resolution_business_minutes`, resIn, "sb")}, ${stats(sql`resolution_wall_minutes`, resIn, "sw")},
        count(*) filter (where ${respIn} and response_breached_at is null)::int as r_met,
        count(*) filter (where ${resIn} and resolution_breached_at is null)::int as s_met,
        count(*) filter (where (${respIn}) or (${resIn}))::int as tickets
      from v group by grouping sets ((pi, priority), (pi))`,
    )},
    ${part(
      "by_channel",
      sql`select pi, channel, count(*) filter (where created_at >= pf)::int as created,
        count(*) filter (where ${resolvedIn})::int as resolved,
        coalesce(sum((select count(*) from unnest(reopened_at) r where r >= pf)), 0)::int as reopened
      from v group by pi, channel`,
    )},
    ${part(
      "open_rows",
      sql`select pi, channel, count(*)::int as backlog, count(*) filter (where age < 1)::int as d1,
        count(*) filter (where age >= 1 and age < 3)::int as d3, count(*) filter (where age >= 3 and age < 7)::int as d7,
        count(*) filter (where age >= 7 and age < 30)::int as d30
      from (select pi, channel, extract(epoch from (pe - created_at)) / 86400 as age from o) a group by pi, channel`,
    )},
    ${part(
      "fcr",
      sql`select pi, count(*) filter (where ${resolvedIn} and fcr_excluded)::int as excluded,
        count(*) filter (where ${resolvedIn} and not fcr_excluded)::int as resolved from v group by pi`,
    )},
    ${part(
      "first_contact",
      sql`select pi, number from v
      where ${resolvedIn} and not fcr_excluded and fcr_first_contact and not ${escalated} order by pi, number`,
    )},
    ${part(
      "breached",
      sql`select pi, ticket_id, number, priority,
        case when ${respIn} then ${ms(sql`response_breached_at`)} end as rb,
        case when ${resIn} then ${ms(sql`resolution_breached_at`)} end as sb
      from v where (${respIn} and response_breached_at is not null) or (${resIn} and resolution_breached_at is not null)
      order by pi, number`,
    )},
    ${part(
      "tiers",
      sql`select pi, tier, count(*)::int as tickets, avg(minutes) as mean,
        percentile_cont(0.5) within group (order by minutes) as median,
        percentile_disc(0.9) within group (order by minutes) as p90, sum(exceeded)::int as exceeded
      from (select pi, t.key as tier, (t.value->>'minutes')::float8 as minutes, (t.value->>'exceeded')::int as exceeded
        from v, jsonb_each(v.tier_holds) t where ${resolvedIn}) h
      group by pi, tier order by pi, tier::int`,
    )},
    ${part(
      "escalations",
      sql`select p.pi, ${e.id} as id, ${e.ticketId} as "ticketId", ${tickets.number} as "ticketNumber",
        ${e.kind} as kind, ${e.level} as level, ${e.clock} as clock, ${e.fromGroupId} as "fromGroupId",
        ${e.toGroupId} as "toGroupId", ${e.fromPriority} as "fromPriority", ${e.toPriority} as "toPriority",
        ${e.notified} as notified, ${e.reason} as reason, ${e.rule} as rule, ${e.actorId} as "actorId",
        ${ms(e.at)} as at
      from ${e} join ${tickets} on ${tickets.id} = ${e.ticketId} join p on ${e.at} >= p.pf and ${e.at} < p.pt
      where ${active}`,
    )},
    ${part(
      "ratings",
      sql`select p.pi, ${r.ticketId} as "ticketId", ${tickets.number} as "ticketNumber", ${r.score} as score,
        ${r.comment} as comment, ${ms(r.updatedAt)} as at
      from ${r} join ${tickets} on ${tickets.id} = ${r.ticketId}
        join p on ${r.updatedAt} >= p.pf and ${r.updatedAt} < p.pt
      ${scope ? sql`where ${scope}` : sql``}`,
    )},
    ${part(
      "invitations",
      sql`select p.pi, ${s.ticketId} as "ticketId", ${ms(s.createdAt)} as "offeredAt",
        ${ms(s.answeredAt)} as "answeredAt"
      from ${s} join ${tickets} on ${tickets.id} = ${s.ticketId}
        join p on ${s.createdAt} >= p.pf and ${s.createdAt} < p.pt
      ${scope ? sql`where ${scope}` : sql``}`,
    )},
    ${regular}`;
  const [raw] = ((await db.execute(query)) as unknown as { rows: Array<Record<keyof Answer, unknown>> }).rows;
  // node-postgres and PGlite both parse json; a driver that left it as text is parsed here.
  const answer = Object.fromEntries(
    Object.entries(raw ?? {}).map(([k, v]) => [k, typeof v === "string" ? JSON.parse(v) : (v ?? [])]),
  ) as Answer;
  return periods.map((_, i) => figuresOf(answer, i));
}

function figuresOf(answer: Answer, pi: number): PeriodFigures {
  const mine = <T extends { pi: number }>(rows: readonly T[]) => rows.filter((r) => r.pi === pi);
  const byPriority = mine(answer.by_priority);
  const all = byPriority.find((r) => r.priority === null) ?? ({} as PriorityRow);
  const times = (r: PriorityRow, b: string, w: string): ClockTimes => ({
    count: n(r[`${b}_count`]),
    business_minutes: spreadOf(r[`${b}_mean`], r[`${b}_median`], r[`${b}_p90`]),
    wall_minutes: spreadOf(r[`${w}_mean`], r[`${w}_median`], r[`${w}_p90`]),
  });
  const compliance = (r: PriorityRow): PriorityCompliance => ({
    response_met_rate: rate(n(r.r_met), n(r.rb_count)),
    resolution_met_rate: rate(n(r.s_met), n(r.sb_count)),
    count: n(r.tickets),
    response_count: n(r.rb_count),
    resolution_count: n(r.sb_count),
  });
  const breached: BreachedTicket[] = mine(answer.breached).map((r) => ({
    ticket_id: r.ticket_id,
    number: r.number,
    priority: r.priority,
    clocks: [
      ...(r.rb !== null ? [{ kind: "first_response" as const, breached_at: date(r.rb).toISOString() }] : []),
      ...(r.sb !== null ? [{ kind: "resolution" as const, breached_at: date(r.sb).toISOString() }] : []),
    ],
  }));
  const first = mine(answer.first_contact).map((r) => r.number);
  const [fcr] = mine(answer.fcr);
  const total = compliance(all);
  const figures: FactFigures = {
    tickets: volumeOf(mine(answer.by_channel), mine(answer.open_rows)),
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
      rate: rate(first.length, n(fcr?.resolved)),
      resolved: n(fcr?.resolved),
      first_contact: first.length,
      excluded: n(fcr?.excluded),
      tickets: first,
    },
    time_per_tier: Object.fromEntries(
      mine(answer.tiers).map((t) => [
        t.tier,
        { tickets: n(t.tickets), business_minutes: spreadOf(t.mean, t.median, t.p90), exceeded: n(t.exceeded) },
      ]),
    ),
  };
  const records: IndicatorRecords = {
    escalations: mine(answer.escalations).map(({ pi: _pi, at, ...rest }): EscalationFact => ({
      ...rest,
      at: date(at),
    })),
    ratings: mine(answer.ratings).map(({ pi: _pi, at, ...rest }) => ({ ...rest, at: date(at) })),
    surveyInvitations: mine(answer.invitations).map((i) => ({
      ticketId: i.ticketId,
      offeredAt: date(i.offeredAt),
      answeredAt: dateOrNull(i.answeredAt),
    })),
    regularSurveys: mine(answer.regular).flatMap((row): RegularSurveyFact[] => {
      const question = satisfactionQuestion(row.questions);
      if (!question) return [];
      const score = row.answers?.[question.id];
      return [
        {
          invitedAt: date(row.invitedAt),
          answeredAt: dateOrNull(row.answeredAt),
          score: typeof score === "number" ? score : null,
        },
      ];
    }),
  };
  return { figures, records };
}

function volumeOf(byChannel: readonly ChannelRow[], openRows: readonly OpenRow[]): Volume {
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
