import { replay } from "../../tickets/ticket/events.ts";
import type { IndicatorInput, IndicatorReport } from "./indicators.ts";
import { computeIndicators } from "./indicators.ts";
import type { Period } from "./period.ts";
import type { TicketHistory } from "./ticket-facts.ts";

/** How a period is cut for a trend: calendar days or weeks of seven days, from the period's start. */
export type Bucket = "day" | "week";

/** The most points one trend draws: a chart of more is unreadable and every point folds every ticket again. */
export const MAX_TREND_POINTS = 120;

const LENGTH: Record<Bucket, number> = { day: 86_400_000, week: 7 * 86_400_000 };

/** One point of a trend: the headline figures of its slice of the period. */
export type TrendPoint = {
  from: string;
  to: string;
  created: number;
  resolved: number;
  backlog: number;
  response_median_business_minutes: number | null;
  resolution_median_business_minutes: number | null;
  response_met_rate: number | null;
  resolution_met_rate: number | null;
  first_contact_rate: number | null;
  escalations: number;
  satisfaction_mean: number | null;
};

/** The slices of a period, each a bucket long from its start; the last one ends with the period. */
export function slices(period: Period, bucket: Bucket): Period[] {
  const out: Period[] = [];
  for (let from = period.from; from < period.to; from += LENGTH[bucket]) {
    out.push({ from, to: Math.min(from + LENGTH[bucket], period.to) });
  }
  return out;
}

/** A slice's report as a trend point: its headline figures. */
export function trendPoint(r: IndicatorReport): TrendPoint {
  return {
    from: r.period.from,
    to: r.period.to,
    created: r.tickets.created,
    resolved: r.tickets.resolved,
    backlog: r.tickets.backlog,
    response_median_business_minutes: r.response.business_minutes.median,
    resolution_median_business_minutes: r.resolution.business_minutes.median,
    response_met_rate: r.sla.response_met_rate,
    resolution_met_rate: r.sla.resolution_met_rate,
    first_contact_rate: r.first_contact_resolution.rate,
    escalations: r.escalations.count,
    satisfaction_mean: r.satisfaction.mean,
  };
}

type Span = { ticket: TicketHistory; opened: number; settled: number | null };

// When a ticket's loaded history leaves it resolved or closed: the instant of its last event; null when it ends open.
function spanOf(ticket: TicketHistory): Span {
  const last = ticket.events[ticket.events.length - 1]!;
  const status = replay(ticket.events).status;
  const settled = status === "resolved" || status === "closed" ? last.at.getTime() : null;
  return { ticket, opened: ticket.events[0]!.at.getTime(), settled };
}

/**
 * The trend of a period: each slice's figures computed by the same definitions as the whole period's report, from
 * the same histories (a slice needs no ticket the whole period did not). Each slice folds only the tickets the
 * loader would have read for it alone (indicators.store.ts): opened before it ends, and not settled — resolved or
 * closed, untouched since — before it begins. The others have nothing to say about it, and skipping them keeps a
 * trend of n points from costing n folds of the whole period (trend.test.ts checks the two agree).
 */
export function trend(input: IndicatorInput, period: Period, bucket: Bucket, now: number): TrendPoint[] {
  const spans = input.tickets.filter((t) => t.events.length > 0).map(spanOf);
  return slices(period, bucket).map((slice) => {
    const tickets = spans
      .filter((s) => s.opened < slice.to && (s.settled === null || s.settled >= slice.from))
      .map((s) => s.ticket);
    return trendPoint(computeIndicators({ ...input, tickets }, slice, now));
  });
}
