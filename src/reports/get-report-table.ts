import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { catchUpFacts } from "./catch-up-facts.ts";
import { indicatorsFromFacts } from "./fact-indicators.ts";
import type { Figure } from "./indicators/figure-tickets.ts";
import { computeIndicators, factsOf } from "./indicators/indicators.ts";
import { resolvedTickets } from "./indicators/resolved-tickets.ts";
import type { Bucket, TrendPoint } from "./indicators/trend.ts";
import { figureTickets } from "./list-figure-tickets.ts";
import { loadReportData } from "./report-data.ts";
import { filtersOf, prepareReport, type IndicatorQuery } from "./report-query.ts";
import { needs, reportTable, type ReportTable, type TableName } from "./report-tables.ts";
import { reportError } from "./reports.errors.ts";
import { trendFromFacts } from "./get-trend.ts";

export type TableQuery = IndicatorQuery & { figure?: Figure; bucket?: Bucket };

/** The tables listing tickets one by one, still folded from the period's histories; the others read the facts. */
const FOLDED: ReadonlySet<TableName> = new Set(["resolved", "tickets"]);

const unused = (): never => {
  throw new Error("this table is made from the period's figures only");
};

/** One of the dashboard's tables for a period, as the rows its CSV and XLSX exports hold. */
export async function getReportTable(
  deps: Pick<Deps, "db" | "readDb" | "clock">,
  actor: Actor,
  name: TableName,
  q: TableQuery,
): Promise<ReportTable> {
  const needed = needs(name);
  if (needed && q[needed] === undefined) throw reportError("PARAMETER_REQUIRED", `query.${needed}`);
  if (FOLDED.has(name)) {
    const data = await loadReportData(deps, actor, q);
    const { period, input, now } = data;
    return reportTable(name, {
      report: computeIndicators(input, period, now),
      resolved: () => resolvedTickets(factsOf(input, period, now)),
      tickets: () => figureTickets(data, q.figure!),
      trend: unused,
    });
  }
  // The figures of the period (and its trend) aggregated from the indicator facts (docs/decisions/0011).
  const { period, reach } = prepareReport(actor, q);
  const { factsDb } = await catchUpFacts(deps);
  const now = deps.clock.now().getTime();
  const filters = filtersOf(q);
  const [report, points] = await Promise.all([
    indicatorsFromFacts(factsDb, period, filters, reach, now),
    name === "trend" ? trendFromFacts({ readDb: factsDb }, period, q.bucket!, filters, reach) : ([] as TrendPoint[]),
  ]);
  return reportTable(name, { report, resolved: unused, tickets: unused, trend: () => points });
}
