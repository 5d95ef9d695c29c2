import type { Priority, Status } from "../../shared/enums.ts";
import type { TicketEvent } from "../../tickets/ticket/events.ts";
import { timelineElapsed, type CalendarTimeline } from "../calendar/index.ts";

// Operational-level agreements: how long each support group held a ticket while work was owed on it.
// Pure: the history, the policy's pause statuses and each group's terms in, the holds out.

/** A stretch during which a group held the ticket while it was active; `to` is null while it still holds it. */
export type HoldPeriod = { from: number; to: number | null };

/** The calendar a group's time is measured on and its internal target for the ticket's priority (null: none set). */
export type GroupTerms = { calendarId: string; timeline: CalendarTimeline; targetMs: number | null };

export type GroupHold = {
  groupId: string;
  calendarId: string;
  /** Business time the group held the ticket while active, up to now. */
  heldMs: number;
  targetMs: number | null;
  /** Strict, like an SLA breach: holding it exactly the target is within it. Null without a target. */
  exceeded: boolean | null;
  /** Whether the group holds the ticket now and its time is running. */
  holding: boolean;
  periods: HoldPeriod[];
};

export type OlaContext = {
  /** Statuses in which the ticket waits on the customer (the policy's pause statuses): no group's time runs. */
  pauseStatuses: readonly Status[];
  now: number;
  /** Terms for a group, given the ticket's current priority (the same re-targeting rule as the SLA clocks). */
  termsOf: (groupId: string, priority: Priority) => GroupTerms;
};

const STOPPED: readonly Status[] = ["resolved", "closed"];

/** Every group that was ever set on the ticket, in order of first appearance. */
export function groupsInHistory(events: readonly TicketEvent[]): string[] {
  const seen = new Set<string>();
  for (const event of events) {
    if (event.type === "created" && event.data.fields.groupId) seen.add(event.data.fields.groupId);
    if (event.type !== "changed") continue;
    for (const change of event.data.changes) if (change.field === "groupId" && change.to) seen.add(change.to);
  }
  return [...seen];
}

/** Cuts the history into the periods each group held the ticket while it was active. */
function holdPeriods(
  events: readonly TicketEvent[],
  pauseStatuses: readonly Status[],
): { priority: Priority; periods: Map<string, HoldPeriod[]> } {
  const created = events[0];
  if (!created || created.type !== "created") throw new Error("a history starts with created");
  let { groupId, status, priority } = created.data.fields;
  const periods = new Map<string, HoldPeriod[]>();
  let open: { groupId: string; period: HoldPeriod } | null = null;
  const sync = (at: number) => {
    const counting = groupId !== null && !STOPPED.includes(status) && !pauseStatuses.includes(status);
    if (open && (!counting || open.groupId !== groupId)) {
      open.period.to = at;
      // Several events at one instant (moved, then paused) leave no hold worth showing.
      if (open.period.from === at) {
        const list = periods.get(open.groupId)!;
        list.pop();
        if (list.length === 0) periods.delete(open.groupId);
      }
      open = null;
    }
    if (counting && !open && groupId !== null) {
      open = { groupId, period: { from: at, to: null } };
      periods.set(groupId, [...(periods.get(groupId) ?? []), open.period]);
    }
  };
  sync(created.at.getTime());
  for (const event of events.slice(1)) {
    if (event.type !== "changed") continue;
    for (const change of event.data.changes) {
      if (change.field === "groupId") groupId = change.to;
      else if (change.field === "status") status = change.to;
      else if (change.field === "priority") priority = change.to;
    }
    sync(event.at.getTime());
  }
  return { priority, periods };
}

/**
 * How long each support group held a ticket while it was active (not resolved or closed, not in a pause
 * status), in business time on the group's calendar, against the group's target for the ticket's priority.
 * Groups come in the order they first held the ticket; a group that only held it while paused has no entry.
 */
export function foldOla(events: readonly TicketEvent[], ctx: OlaContext): GroupHold[] {
  const { priority, periods } = holdPeriods(events, ctx.pauseStatuses);
  const holds: GroupHold[] = [];
  for (const [groupId, list] of periods) {
    const terms = ctx.termsOf(groupId, priority);
    let heldMs = 0;
    for (const p of list) heldMs += timelineElapsed(terms.timeline, p.from, p.to ?? Math.max(ctx.now, p.from));
    holds.push({
      groupId,
      calendarId: terms.calendarId,
      heldMs,
      targetMs: terms.targetMs,
      exceeded: terms.targetMs === null ? null : heldMs > terms.targetMs,
      holding: list[list.length - 1]!.to === null,
      periods: list.map((p) => ({ ...p })),
    });
  }
  return holds.sort((a, b) => a.periods[0]!.from - b.periods[0]!.from);
}
