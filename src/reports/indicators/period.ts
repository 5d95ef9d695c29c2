import type { TicketEvent } from "../../tickets/ticket/events.ts";

/** A reporting period: from its start (included) to its end (excluded), as epoch milliseconds. */
export type Period = { from: number; to: number };

/** Whether an instant falls in the period (start included, end excluded, so adjacent periods never count twice). */
export function inPeriod(period: Period, at: number | null | undefined): at is number {
  return at !== null && at !== undefined && at >= period.from && at < period.to;
}

/** The period of the same length just before this one (what a comparison sets the figures beside). */
export function previousPeriod(period: Period): Period {
  return { from: period.from - (period.to - period.from), to: period.from };
}

/**
 * A history as it stood when the period ended: events at or after its end are left out, so a ticket reopened
 * after the period still counts as resolved in it, and figures for a past period never move.
 */
export function historyUntil(events: readonly TicketEvent[], end: number): TicketEvent[] {
  return events.filter((e) => e.at.getTime() < end);
}
