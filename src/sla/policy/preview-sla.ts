import type { Deps } from "../../context.ts";
import { isStaff, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";
import type { Channel, Impact, Priority, TicketType, Urgency } from "../../shared/enums.ts";
import { loadPriorityMatrix } from "../../tickets/routing/routing.store.ts";
import { priorityFor } from "../../tickets/ticket/ticket.ts";
import { BusinessTimeRangeError, timelineAdd, type CalendarTimeline } from "../calendar/index.ts";
import { calendarNames, loadCalendarTimelines } from "../calendar/calendar.store.ts";
import { choosePolicy, type ClockKind } from "./policy.ts";
import { authorizeSla } from "../sla-access.policy.ts";
import { categoryExists, organizationExists } from "../sla-references.store.ts";
import { slaError } from "../sla.errors.ts";
import { policiesInForceCached } from "../clock/sla-reference.ts";

export type PreviewInput = {
  organizationId: string;
  type: TicketType;
  categoryId?: string | null;
  channel: Channel;
  priority?: Priority;
  impact?: Impact;
  urgency?: Urgency;
  openedAt?: Date;
};

export type PreviewTarget = {
  clock: ClockKind;
  minutes: number;
  calendarId: string;
  calendarName: string;
  timeline: CalendarTimeline;
  deadline: number | null;
};

// openedAt passed the shared instant rule (1970–2200 UTC), but the calendar counts in its own zone's years and a
// deadline may run past 2200: either is still the caller's openedAt at fault, never a 500.
function deadlineFrom(timeline: CalendarTimeline, openedAt: number, minutes: number): number {
  try {
    return timelineAdd(timeline, openedAt, Math.round(minutes * 60_000));
  } catch (error) {
    if (error instanceof BusinessTimeRangeError)
      throw slaError("INSTANT_OUT_OF_RANGE", "body.openedAt", { reason: `${error.field} ${error.detail}` });
    throw error;
  }
}

async function priorityOf(deps: Pick<Deps, "db">, input: PreviewInput): Promise<Priority> {
  if (input.priority) return input.priority;
  if (!input.impact) throw slaError("PRIORITY_NEEDED", "body.impact");
  if (!input.urgency) throw slaError("PRIORITY_NEEDED", "body.urgency");
  return priorityFor(await loadPriorityMatrix(deps.db), input.impact, input.urgency);
}

/**
 * What SLA a ticket with these facts would get if opened now. Staff preview any organization and priority; a
 * requester previews only their own organization's tickets through the matrix (the portal shows the promise
 * before they submit), and another organization is simply unknown to them. the policy and version chosen, and each
 * target with its deadline counted from `openedAt` (default now) on the target's calendar.
 */
export async function previewSla(deps: Pick<Deps, "db" | "clock" | "cache">, actor: Actor, input: PreviewInput) {
  authorizeSla(actor, "preview");
  if (!isStaff(actor)) {
    if (input.organizationId !== actor.organizationId) throw slaError("UNKNOWN_ORGANIZATION", "body.organizationId");
    if (input.priority || input.openedAt) throw identityError("FORBIDDEN");
  }
  const priority = await priorityOf(deps, input);
  if (!(await organizationExists(deps.db, input.organizationId)))
    throw slaError("UNKNOWN_ORGANIZATION", "body.organizationId");
  if (input.categoryId && !(await categoryExists(deps.db, input.categoryId)))
    throw slaError("UNKNOWN_CATEGORY", "body.categoryId");
  const now = deps.clock.now();
  const openedAt = (input.openedAt ?? now).getTime();
  const facts = {
    organizationId: input.organizationId,
    type: input.type,
    categoryId: input.categoryId ?? null,
    channel: input.channel,
  };
  const chosen = choosePolicy(await policiesInForceCached(deps.cache, deps.db, now), facts);
  if (!chosen) throw slaError("NO_POLICY_APPLIES");
  const t = chosen.version.definition.targets[priority];
  const timeline = (await loadCalendarTimelines(deps.db, [t.calendarId])).get(t.calendarId)!;
  const calendarName = (await calendarNames(deps.db, [t.calendarId])).get(t.calendarId) ?? "";
  const target = (clock: ClockKind, minutes: number, fromOpening: boolean): PreviewTarget => ({
    clock,
    minutes,
    calendarId: t.calendarId,
    calendarName,
    timeline,
    deadline: fromOpening ? deadlineFrom(timeline, openedAt, minutes) : null,
  });
  const targets = [
    target("first_response", t.firstResponseMinutes, true),
    target("resolution", t.resolutionMinutes, true),
  ];
  // The next-reply clock starts when the requester writes again, so it has no deadline from the opening.
  if (t.nextReplyMinutes) targets.push(target("next_reply", t.nextReplyMinutes, false));
  return { policy: chosen, version: chosen.version, priority, openedAt, timeline, targets };
}
