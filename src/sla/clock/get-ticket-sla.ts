import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { PRIORITIES } from "../../shared/enums.ts";
import type { TicketEvent } from "../../tickets/ticket/events.ts";
import { getTicket, type LoadedTicket } from "../../tickets/ticket/get-ticket.ts";
import { findTicket, loadEventsUnscoped } from "../../tickets/ticket/ticket.store.ts";
import { SYSTEM_ACTOR } from "../../identity/actor.ts";
import type { CalendarTimeline } from "../calendar/index.ts";
import { foldClocks, type ClockSummary } from "./clocks.ts";
import { foldOla, groupsInHistory, type GroupHold } from "./ola.ts";
import { listEscalationsUnscoped } from "../escalation/escalation.store.ts";
import { findGroupTargets } from "../group-targets/group-target.store.ts";
import type { PolicyDefinition } from "../policy/policy.ts";
import { findPolicy, type PolicyRow, type PolicyVersionRow, findPolicyVersion } from "../policy/policy.store.ts";
import { canSla } from "../sla-access.policy.ts";
import { groupNames } from "../sla-references.store.ts";
import { findTicketSla } from "./ticket-sla.store.ts";
import { loadCalendarTimelines } from "../calendar/calendar.store.ts";

type EscalationRow = Awaited<ReturnType<typeof listEscalationsUnscoped>>[number];

export type TicketSla = {
  ticket: LoadedTicket;
  now: number;
  policy: { row: PolicyRow; version: PolicyVersionRow } | null;
  summary: ClockSummary | null;
  calendars: ReadonlyMap<string, CalendarTimeline>;
  /** Internal: null for a requester (they see their clocks, not how the help desk works them). */
  ola: Array<GroupHold & { groupName: string }> | null;
  escalations: EscalationRow[] | null;
  /** The major incident whose clocks this ticket follows, if any. */
  followsParent: { id: string; number: number } | null;
};

async function olaOf(
  deps: Pick<Deps, "db">,
  events: readonly TicketEvent[],
  definition: PolicyDefinition,
  summary: ClockSummary,
  now: number,
) {
  const groupIds = groupsInHistory(events);
  const [targets, names] = await Promise.all([findGroupTargets(deps.db, groupIds), groupNames(deps.db, groupIds)]);
  const byGroup = new Map(targets.map((t) => [t.groupId, t]));
  const resolutionCalendar = definition.targets[summary.priority].calendarId;
  const calendars = await loadCalendarTimelines(deps.db, [
    resolutionCalendar,
    ...targets.flatMap((t) => (t.calendarId ? [t.calendarId] : [])),
  ]);
  const holds = foldOla(events, {
    pauseStatuses: definition.pauseStatuses,
    now,
    termsOf: (groupId, priority) => {
      const target = byGroup.get(groupId);
      const calendarId = target?.calendarId ?? resolutionCalendar;
      const minutes = target?.minutes[priority];
      return {
        calendarId,
        timeline: calendars.get(calendarId)!,
        targetMs: minutes === undefined ? null : Math.round(minutes * 60_000),
      };
    },
  });
  return { holds: holds.map((h) => ({ ...h, groupName: names.get(h.groupId) ?? "" })), calendars };
}

/**
 * The SLA of a visible ticket folded live at the clock's now under its pinned policy version: each clock with
 * its timeline, and for staff the time each group held it (OLA) and its escalations.
 */
export async function getTicketSla(deps: Pick<Deps, "db" | "clock">, actor: Actor, ref: string): Promise<TicketSla> {
  const ticket = await getTicket(deps, actor, ref);
  const internal = canSla(actor, "ticketSla.read");
  const now = deps.clock.now().getTime();
  const [sla, events, escalations] = await Promise.all([
    findTicketSla(deps.db, ticket.id),
    loadEventsUnscoped(deps.db, ticket.id),
    internal ? listEscalationsUnscoped(deps.db, ticket.id) : null,
  ]);
  // A report linked to a major incident shows the incident's clocks (it follows them); everything else its own.
  const parentSla = ticket.parentId ? await findTicketSla(deps.db, ticket.parentId) : undefined;
  const parent = parentSla ? await findTicket(deps.db, SYSTEM_ACTOR, parentSla.ticketId) : undefined;
  const followsParent = parent ? { id: parent.id, number: parent.number } : null;
  const clockSla = followsParent ? parentSla : sla;
  const clockEvents = followsParent ? await loadEventsUnscoped(deps.db, followsParent.id) : events;
  const version = clockSla ? await findPolicyVersion(deps.db, clockSla.policyVersionId) : undefined;
  const row = version ? await findPolicy(deps.db, version.policyId) : undefined;
  // A ticket opened while the workspace had no SLA policy runs no clocks.
  if (!version || !row)
    return {
      ticket,
      now,
      policy: null,
      summary: null,
      calendars: new Map(),
      ola: internal ? [] : null,
      escalations,
      followsParent,
    };
  const definition = version.definition;
  const calendars = new Map(
    await loadCalendarTimelines(
      deps.db,
      PRIORITIES.map((p) => definition.targets[p].calendarId),
    ),
  );
  const summary = foldClocks(clockEvents, { policy: definition, calendars, now });
  let ola: TicketSla["ola"] = null;
  if (internal) {
    const folded = await olaOf(deps, events, definition, summary, now);
    for (const [id, timeline] of folded.calendars) calendars.set(id, timeline);
    ola = folded.holds;
  }
  return { ticket, now, policy: { row, version }, summary, calendars, ola, escalations, followsParent };
}
