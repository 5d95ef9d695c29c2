import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { catchUpFacts } from "./catch-up-facts.ts";
import { trendFigures } from "./trend-figures.store.ts";
import { MAX_TREND_POINTS, slices, type Bucket, type TrendPoint } from "./indicators/trend.ts";
import type { Period } from "./indicators/period.ts";
import type { ReportReach, TicketSelection } from "./indicators.store.ts";
import { filtersOf, prepareReport, type IndicatorQuery } from "./report-query.ts";
import { reportError } from "./reports.errors.ts";

/**
 * The trend of a period from the indicator facts: each day or week has the headline figures of that slice's
 * indicator report (the same definitions), all slices aggregated in one statement (trend-figures.store.ts).
 * Refused when it would draw more points than a chart can show.
 */
export async function trendFromFacts(
  deps: Pick<Deps, "readDb">,
  period: Period,
  bucket: Bucket,
  selection: TicketSelection,
  reach: ReportReach,
): Promise<TrendPoint[]> {
  const parts = slices(period, bucket);
  if (parts.length > MAX_TREND_POINTS) throw reportError("TOO_MANY_POINTS", "query.bucket");
  return trendFigures(deps.readDb, period, parts, selection, reach);
}

/** The headline figures of each day or week of the period, by the same definitions as the period's report. */
export async function getTrend(
  deps: Pick<Deps, "db" | "readDb" | "clock">,
  actor: Actor,
  q: IndicatorQuery & { bucket: Bucket },
): Promise<TrendPoint[]> {
  const { period, reach } = prepareReport(actor, q);
  if (slices(period, q.bucket).length > MAX_TREND_POINTS) throw reportError("TOO_MANY_POINTS", "query.bucket");
  const { factsDb } = await catchUpFacts(deps);
  return trendFromFacts({ readDb: factsDb }, period, q.bucket, filtersOf(q), reach);
}
