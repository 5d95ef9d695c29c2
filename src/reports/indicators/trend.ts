import type { IndicatorInput } from "./indicators.ts";
import { computeIndicators } from "./indicators.ts";
import type { Period } from "./period.ts";

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

/**
 * The trend of a period: each slice's figures computed by the same definitions as the whole period's report, from
 * the same histories (a slice needs no ticket the whole period did not).
 */
export function trend(input: IndicatorInput, period: Period, bucket: Bucket, now: number): TrendPoint[] {
  return slices(period, bucket).map((slice) => {
    const r = computeIndicators(input, slice, now);
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
  });
}
