import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { MAX_TREND_POINTS, slices, trend, type Bucket, type TrendPoint } from "./indicators/trend.ts";
import { loadReportData, type ReportData } from "./report-data.ts";
import type { IndicatorQuery } from "./report-query.ts";
import { reportError } from "./reports.errors.ts";

/** The trend of a loaded period by day or week; refused when it would draw more points than a chart can show. */
export function trendOf({ period, input, now }: ReportData, bucket: Bucket): TrendPoint[] {
  if (slices(period, bucket).length > MAX_TREND_POINTS) throw reportError("TOO_MANY_POINTS", "query.bucket");
  return trend(input, period, bucket, now);
}

/** The headline figures of each day or week of the period, by the same definitions as the period's report. */
export async function getTrend(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  q: IndicatorQuery & { bucket: Bucket },
): Promise<TrendPoint[]> {
  return trendOf(await loadReportData(deps, actor, q), q.bucket);
}
