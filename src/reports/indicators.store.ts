import { and, asc, eq, gte, inArray, lt, notInArray, or, sql, type SQL } from "drizzle-orm";
import { organizations, people, supportGroups } from "../identity/identity.tables.ts";
import { groupsInHistory } from "../sla/clock/ola.ts";
import type { GroupTerms } from "./indicators/time-per-tier.ts";
import { satisfactionRatings } from "../feedback/feedback.tables.ts";
import { surveyInvitations } from "../feedback/survey/survey.tables.ts";
import { satisfactionQuestion } from "../feedback/regular-survey/regular-survey.ts";
import { regularSurveyInvitations, regularSurveyRounds } from "../feedback/regular-survey/regular-survey.tables.ts";
import type { Db } from "../platform/db/database.ts";
import type { Channel, Priority } from "../shared/enums.ts";
import type { CalendarTimeline } from "../sla/calendar/index.ts";
import { escalations, groupTargets, slaPolicyVersions, ticketSla } from "../sla/sla.tables.ts";
import { loadCalendarTimelines } from "../sla/calendar/calendar.store.ts";
import { policyVersionsByIds } from "../sla/policy/policy.store.ts";
import { PRIORITIES } from "../shared/enums.ts";
import type { TicketEvent } from "../tickets/ticket/events.ts";
import { ticketEvents, tickets } from "../tickets/ticket.tables.ts";
import type { EscalationFact } from "./indicators/escalations.ts";
import type { IndicatorInput } from "./indicators/indicators.ts";
import type { Period } from "./indicators/period.ts";
import type { RatingFact, RegularSurveyFact, SurveyInvitationFact } from "./indicators/satisfaction.ts";
import type { TicketHistory } from "./indicators/ticket-facts.ts";

/** Which tickets a report is about (each matched on the ticket as it is now). */
export type IndicatorFilters = {
  organizationId?: string;
  groupId?: string;
  /** The assignee. */
  agentId?: string;
  priority?: Priority;
  channel?: Channel;
  categoryId?: string;
};

/** The tickets a replay selects: the report's filters, and optionally those pinned to a version of one SLA policy. */
export type TicketSelection = IndicatorFilters & { policyId?: string };

/** The tickets an agent's report may cover: those they hold and those their groups hold; null for everything. */
export type ReportReach = { personId: string; groupIds: readonly string[] } | null;

export function ticketConditions(f: TicketSelection, reach: ReportReach): Array<SQL | undefined> {
  const mine = reach ? eq(tickets.assigneeId, reach.personId) : undefined;
  return [
    reach ? (reach.groupIds.length > 0 ? or(mine, inArray(tickets.groupId, [...reach.groupIds])) : mine) : undefined,
    f.organizationId ? eq(tickets.organizationId, f.organizationId) : undefined,
    f.groupId ? eq(tickets.groupId, f.groupId) : undefined,
    f.agentId ? eq(tickets.assigneeId, f.agentId) : undefined,
    f.priority ? eq(tickets.priority, f.priority) : undefined,
    f.channel ? eq(tickets.channel, f.channel) : undefined,
    f.categoryId ? eq(tickets.categoryId, f.categoryId) : undefined,
    f.policyId ? pinnedToPolicy(f.policyId) : undefined,
  ];
}

/** The tickets pinned to any version of a policy (ticket_sla by its version, the versions by their policy). */
const pinnedToPolicy = (policyId: string): SQL =>
  sql`${tickets.id} in (select ${ticketSla.ticketId} from ${ticketSla} join ${slaPolicyVersions}
    on ${slaPolicyVersions.id} = ${ticketSla.policyVersionId} where ${slaPolicyVersions.policyId} = ${policyId})`;

/**
 * Everything the indicators of a period are folded from, in the caller's scope: each ticket that existed before the
 * period ended and either is still open or changed since it began (a ticket final and untouched since before the
 * period has nothing to say about it), with its history up to the end, its pinned SLA, its escalations; and the
 * ratings given and post-resolution surveys offered in the period.
 */
export async function loadIndicatorInput(
  db: Db,
  period: Period,
  f: TicketSelection,
  reach: ReportReach,
): Promise<IndicatorInput> {
  const from = new Date(period.from);
  const to = new Date(period.to);
  const scoped = ticketConditions(f, reach);
  const touched = or(notInArray(tickets.status, ["resolved", "closed"]), gte(tickets.updatedAt, from));
  const active = and(lt(tickets.createdAt, to), touched, ...scoped);
  const ids = db.select({ id: tickets.id }).from(tickets).where(active);
  const [rows, events, slas, records] = await Promise.all([
    db.select({ id: tickets.id, number: tickets.number }).from(tickets).where(active),
    db
      .select()
      .from(ticketEvents)
      .where(and(inArray(ticketEvents.ticketId, ids), lt(ticketEvents.at, to)))
      .orderBy(asc(ticketEvents.ticketId), asc(ticketEvents.seq)),
    db
      .select({ ticketId: ticketSla.ticketId, versionId: ticketSla.policyVersionId })
      .from(ticketSla)
      .where(inArray(ticketSla.ticketId, ids)),
    loadIndicatorRecords(db, period, f, reach, false),
  ]);
  const histories = new Map<string, TicketEvent[]>();
  for (const e of events) {
    const list = histories.get(e.ticketId) ?? [];
    list.push({ type: e.type, actorId: e.actorId, at: e.at, data: e.data } as TicketEvent);
    histories.set(e.ticketId, list);
  }
  const slaOf = await pinnedSlas(db, slas);
  const list: TicketHistory[] = rows.map((r) => ({
    ...r,
    events: histories.get(r.id) ?? [],
    sla: slaOf.get(r.id) ?? null,
  }));
  const groupIds = new Set([...histories.values()].flatMap((events) => groupsInHistory(events)));
  const { groups, groupCalendars } = await groupTerms(db, [...groupIds]);
  return { groups, groupCalendars, tickets: list.filter((t) => t.events.length > 0), ...records };
}

/** The records a period's indicators read besides the histories. */
export type IndicatorRecords = Pick<IndicatorInput, "escalations" | "ratings" | "surveyInvitations" | "regularSurveys">;

/**
 * The escalations of the tickets a period's report covers (before its end; `inPeriodOnly`: within it), and the
 * ratings given and post-resolution and regular surveys offered in the period, in the caller's scope.
 */
export async function loadIndicatorRecords(
  db: Db,
  period: Period,
  f: TicketSelection,
  reach: ReportReach,
  inPeriodOnly: boolean,
): Promise<IndicatorRecords> {
  const from = new Date(period.from);
  const to = new Date(period.to);
  const scoped = ticketConditions(f, reach);
  const touched = or(notInArray(tickets.status, ["resolved", "closed"]), gte(tickets.updatedAt, from));
  const active = and(lt(tickets.createdAt, to), touched, ...scoped);
  const [records, ratings, invitations, regularSurveys] = await Promise.all([
    db
      .select({ e: escalations, number: tickets.number })
      .from(escalations)
      .innerJoin(tickets, eq(tickets.id, escalations.ticketId))
      .where(and(lt(escalations.at, to), inPeriodOnly ? gte(escalations.at, from) : undefined, active)),
    db
      .select({ r: satisfactionRatings, number: tickets.number })
      .from(satisfactionRatings)
      .innerJoin(tickets, eq(tickets.id, satisfactionRatings.ticketId))
      .where(and(gte(satisfactionRatings.updatedAt, from), lt(satisfactionRatings.updatedAt, to), ...scoped)),
    db
      .select({
        ticketId: surveyInvitations.ticketId,
        offeredAt: surveyInvitations.createdAt,
        answeredAt: surveyInvitations.answeredAt,
      })
      .from(surveyInvitations)
      .innerJoin(tickets, eq(tickets.id, surveyInvitations.ticketId))
      .where(and(gte(surveyInvitations.createdAt, from), lt(surveyInvitations.createdAt, to), ...scoped)),
    regularSurveyFacts(db, period, f, reach),
  ]);
  return {
    escalations: records.map(({ e, number }): EscalationFact => ({ ...e, ticketNumber: number })),
    ratings: ratings.map(({ r, number }): RatingFact => ({
      ticketId: r.ticketId,
      ticketNumber: number,
      score: r.score,
      comment: r.comment,
      at: r.updatedAt,
    })),
    surveyInvitations: invitations satisfies SurveyInvitationFact[],
    regularSurveys,
  };
}

/**
 * Invitations to regular-survey rounds that have a satisfaction question, sent or answered in the period, with the
 * score given to it. Regular surveys ask an organization's people, not about tickets: they follow the organization
 * filter, and a report narrowed to tickets (an agent's own, a group, a priority, …) has none.
 */
async function regularSurveyFacts(
  db: Db,
  period: Period,
  f: TicketSelection,
  reach: ReportReach,
): Promise<RegularSurveyFact[]> {
  const aboutTickets = f.groupId ?? f.agentId ?? f.priority ?? f.channel ?? f.categoryId ?? f.policyId;
  if (reach !== null || aboutTickets !== undefined) return [];
  const from = new Date(period.from);
  const to = new Date(period.to);
  const i = regularSurveyInvitations;
  const rows = await db
    .select({
      invitedAt: i.createdAt,
      answeredAt: i.answeredAt,
      answers: i.answers,
      questions: regularSurveyRounds.questions,
    })
    .from(i)
    .innerJoin(regularSurveyRounds, eq(regularSurveyRounds.id, i.roundId))
    .innerJoin(people, eq(people.id, i.personId))
    .where(
      and(
        lt(i.createdAt, to),
        or(gte(i.createdAt, from), gte(i.answeredAt, from)),
        f.organizationId ? eq(people.organizationId, f.organizationId) : undefined,
      ),
    );
  return rows.flatMap((r) => {
    const question = satisfactionQuestion(r.questions);
    if (!question) return [];
    const score = r.answers?.[question.id];
    return [{ invitedAt: r.invitedAt, answeredAt: r.answeredAt, score: typeof score === "number" ? score : null }];
  });
}

/** The groups' tiers and internal targets (OLA), with the calendars those targets are measured on. */
export async function groupTerms(
  db: Db,
  groupIds: readonly string[],
): Promise<Pick<IndicatorInput, "groups" | "groupCalendars">> {
  if (groupIds.length === 0) return { groups: new Map(), groupCalendars: new Map() };
  const rows = await db
    .select({
      id: supportGroups.id,
      tier: supportGroups.tier,
      calendarId: groupTargets.calendarId,
      minutes: groupTargets.minutes,
    })
    .from(supportGroups)
    .leftJoin(groupTargets, eq(groupTargets.groupId, supportGroups.id))
    .where(inArray(supportGroups.id, [...groupIds]));
  const groups = new Map<string, GroupTerms>(
    rows.map((r) => [r.id, { tier: r.tier, calendarId: r.calendarId, minutes: r.minutes ?? {} }]),
  );
  const groupCalendars = await loadCalendarTimelines(
    db,
    rows.flatMap((r) => (r.calendarId ? [r.calendarId] : [])),
  );
  return { groups, groupCalendars };
}

/** Each ticket's pinned policy version with the calendars its targets are measured on. */
export async function pinnedSlas(
  db: Db,
  rows: ReadonlyArray<{ ticketId: string; versionId: string }>,
): Promise<Map<string, NonNullable<TicketHistory["sla"]>>> {
  const versions = await policyVersionsByIds(db, [...new Set(rows.map((r) => r.versionId))]);
  const calendarIds = [...versions.values()].flatMap((v) => PRIORITIES.map((p) => v.definition.targets[p].calendarId));
  const calendars: ReadonlyMap<string, CalendarTimeline> = await loadCalendarTimelines(db, calendarIds);
  const out = new Map<string, NonNullable<TicketHistory["sla"]>>();
  for (const r of rows) {
    const version = versions.get(r.versionId);
    if (version) out.set(r.ticketId, { policy: version.definition, calendars });
  }
  return out;
}

/** An organization's id by its name (case-insensitive), for the command line; undefined when there is none. */
export async function findOrganizationIdByName(db: Db, name: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(sql`lower(${organizations.name}) = lower(${name})`);
  return row?.id;
}
