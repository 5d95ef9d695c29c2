import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { catchUpFacts } from "./catch-up-facts.ts";
import { indicatorsFromFacts } from "./fact-indicators.ts";
import { MAX_TREND_POINTS, slices, trendPoint, type Bucket, type TrendPoint } from "./indicators/trend.ts";
import type { Period } from "./indicators/period.ts";
import type { ReportReach, TicketSelection } from "./indicators.store.ts";
import { filtersOf, prepareReport, type IndicatorQuery } from "./report-query.ts";
import { reportError } from "./reports.errors.ts";

// Slices aggregated at once: each is a handful of indexed statements; more would only queue on the pool.
const PARALLEL_SLICES = 4;

/**
 * The trend of a period from the indicator facts: each day or week is the indicator report of that slice (the same
 * aggregation as the period's report, so the same definitions), reduced to its headline figures. Refused when it
 * would draw more points than a chart can show.
 */
export async function trendFromFacts(
  deps: Pick<Deps, "readDb">,
  period: Period,
  bucket: Bucket,
  selection: TicketSelection,
  reach: ReportReach,
  now: number,
): Promise<TrendPoint[]> {
  const parts = slices(period, bucket);
  if (parts.length > MAX_TREND_POINTS) throw reportError("TOO_MANY_POINTS", "query.bucket");
  const points: TrendPoint[] = new Array<TrendPoint>(parts.length);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < parts.length; i = next++)
      points[i] = trendPoint(await indicatorsFromFacts(deps.readDb, parts[i]!, selection, reach, now));
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_SLICES, parts.length) }, lane));
  return points;
}

/** The headline figures of each day or week of the period, by the same definitions as the period's report. */
export async function getTrend(
  deps: Pick<Deps, "db" | "readDb" | "clock">,
  actor: Actor,
  q: IndicatorQuery & { bucket: Bucket },
): Promise<TrendPoint[]> {
  const { period, reach } = prepareReport(actor, q);
  if (slices(period, q.bucket).length > MAX_TREND_POINTS) throw reportError("TOO_MANY_POINTS", "query.bucket");
  await catchUpFacts(deps);
  return trendFromFacts(deps, period, q.bucket, filtersOf(q), reach, deps.clock.now().getTime());
}
