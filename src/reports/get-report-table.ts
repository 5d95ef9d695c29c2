import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { catchUpFacts } from "./catch-up-facts.ts";
import { indicatorsFromFacts } from "./fact-indicators.ts";
import type { Figure } from "./indicators/figure-tickets.ts";
import type { Bucket, TrendPoint } from "./indicators/trend.ts";
import { listAllFigureTickets } from "./list-figure-tickets.ts";
import { listAllResolvedTickets } from "./list-resolved-tickets.ts";
import { filtersOf, prepareReport, type IndicatorQuery } from "./report-query.ts";
import { needs, reportTable, type ReportTable, type TableName } from "./report-tables.ts";
import { reportError } from "./reports.errors.ts";
import { trendFromFacts } from "./get-trend.ts";

export type TableQuery = IndicatorQuery & { figure?: Figure; bucket?: Bucket };

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
  const { figure, bucket, ...query } = q;
  // The ticket-by-ticket tables list every ticket, read from the facts a page at a time; the others are the
  // period's figures (and its trend) aggregated from the facts (docs/decisions/0011).
  if (name === "resolved") {
    const rows = await listAllResolvedTickets(deps, actor, query);
    return reportTable(name, { report: unused, resolved: () => rows, tickets: unused, trend: unused });
  }
  if (name === "tickets") {
    const rows = await listAllFigureTickets(deps, actor, { ...query, figure: figure! });
    return reportTable(name, { report: unused, resolved: unused, tickets: () => rows, trend: unused });
  }
  const { period, reach } = prepareReport(actor, q);
  const { factsDb } = await catchUpFacts(deps);
  const now = deps.clock.now().getTime();
  const filters = filtersOf(query);
  const [report, points] = await Promise.all([
    indicatorsFromFacts(factsDb, period, filters, reach, now),
    name === "trend" ? trendFromFacts({ readDb: factsDb }, period, bucket!, filters, reach) : ([] as TrendPoint[]),
  ]);
  return reportTable(name, { report: () => report, resolved: unused, tickets: unused, trend: () => points });
}
