import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import type { Figure } from "./indicators/figure-tickets.ts";
import { computeIndicators, factsOf } from "./indicators/indicators.ts";
import { resolvedTickets } from "./indicators/resolved-tickets.ts";
import type { Bucket } from "./indicators/trend.ts";
import { figureTickets } from "./list-figure-tickets.ts";
import { loadReportData } from "./report-data.ts";
import type { IndicatorQuery } from "./report-query.ts";
import { needs, reportTable, type ReportTable, type TableName } from "./report-tables.ts";
import { reportError } from "./reports.errors.ts";
import { trendOf } from "./get-trend.ts";

export type TableQuery = IndicatorQuery & { figure?: Figure; bucket?: Bucket };

/** One of the dashboard's tables for a period, as the rows its CSV and XLSX exports hold. */
export async function getReportTable(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  name: TableName,
  q: TableQuery,
): Promise<ReportTable> {
  const needed = needs(name);
  if (needed && q[needed] === undefined) throw reportError("PARAMETER_REQUIRED", `query.${needed}`);
  const data = await loadReportData(deps, actor, q);
  const { period, input, now } = data;
  return reportTable(name, {
    report: computeIndicators(input, period, now),
    resolved: () => resolvedTickets(factsOf(input, period, now)),
    tickets: () => figureTickets(data, q.figure!),
    trend: () => trendOf(data, q.bucket!),
  });
}
