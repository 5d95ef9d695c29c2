import type { CalendarTimeline } from "../../sla/calendar/index.ts";
import { foldClocks, type Clock, type ClockSummary } from "../../sla/clock/clocks.ts";
import type { PolicyDefinition } from "../../sla/policy/policy.ts";
import type { Priority } from "../../shared/enums.ts";
import { replay, type TicketEvent, type TicketState } from "../../tickets/ticket/events.ts";
import { historyUntil, inPeriod, type Period } from "./period.ts";

/** One ticket as the indicators read it: its whole history and the SLA it was pinned to (null: none applied). */
export type TicketHistory = {
  id: string;
  number: number;
  /** Oldest first, starting with `created`. */
  events: readonly TicketEvent[];
  sla: { policy: PolicyDefinition; calendars: ReadonlyMap<string, CalendarTimeline> } | null;
};

/** What every indicator needs to know about one ticket at the end of a period, folded once. */
export type TicketFacts = {
  id: string;
  number: number;
  /** The history up to the period's end. */
  events: TicketEvent[];
  /** The ticket as it stood at the period's end. */
  state: TicketState;
  /** Its SLA clocks folded at the period's end (or now, for a period still running); null without an SLA. */
  clocks: ClockSummary | null;
  response: Clock | null;
  resolution: Clock | null;
  /** The priority its targets were measured by (the last one it had, as the clock fold re-targets). */
  priority: Priority;
  createdInPeriod: boolean;
  /** Resolved or closed when the period ended, the last time within the period. */
  resolvedInPeriod: boolean;
  resolvedAt: number | null;
  /**
   * Linked to a parent ticket (a major incident's report, or a duplicate merged into it): it follows the parent's
   * clocks, so the parent alone counts in the time, SLA and first-contact figures.
   */
  linked: boolean;
};

const FINAL = new Set(["resolved", "closed"]);

/** Folds one ticket's history as it stood at the end of the period; undefined when it did not exist yet. */
export function ticketFacts(ticket: TicketHistory, period: Period, now: number): TicketFacts | undefined {
  // Events up to the period's end; clocks of a period still running are measured up to now.
  const events = historyUntil(ticket.events, period.to);
  const end = Math.min(period.to, now);
  if (events.length === 0) return undefined;
  const state = replay(events);
  const clocks = ticket.sla
    ? foldClocks(events, { policy: ticket.sla.policy, calendars: ticket.sla.calendars, now: end })
    : null;
  const resolvedAt = FINAL.has(state.status) ? ((state.resolvedAt ?? state.closedAt)?.getTime() ?? null) : null;
  return {
    id: ticket.id,
    number: ticket.number,
    events,
    state,
    clocks,
    response: clocks?.clocks.find((c) => c.kind === "first_response") ?? null,
    resolution: clocks?.clocks.find((c) => c.kind === "resolution") ?? null,
    priority: clocks?.priority ?? state.priority,
    createdInPeriod: inPeriod(period, state.createdAt.getTime()),
    resolvedInPeriod: inPeriod(period, resolvedAt),
    resolvedAt,
    linked: state.parentId !== null,
  };
}

/** A clock that stopped within the period, on a ticket that counts for time figures. */
export function stoppedIn(period: Period, facts: TicketFacts, clock: Clock | null): clock is Clock {
  return !facts.linked && clock !== null && clock.state === "stopped" && inPeriod(period, clock.stoppedAt);
}

/** Business minutes a stopped clock ran (its calendar's open time, pauses left out). */
export const businessMinutes = (clock: Clock) => clock.usedMs / 60_000;

/** Wall-clock minutes from the clock's start to its stop, nights, weekends and pauses included. */
export const wallMinutes = (clock: Clock) => ((clock.stoppedAt ?? clock.startedAt) - clock.startedAt) / 60_000;
