import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import type { IndicatorInput } from "./indicators/indicators.ts";
import type { Period } from "./indicators/period.ts";
import { loadIndicatorInput } from "./indicators.store.ts";
import { filtersOf, prepareReport, type IndicatorQuery } from "./report-query.ts";

/** A period's histories and records in the caller's reach, checked and loaded once for every figure folded from them. */
export type ReportData = { period: Period; input: IndicatorInput; now: number };

export async function loadReportData(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  q: IndicatorQuery,
): Promise<ReportData> {
  const { period, reach } = prepareReport(actor, q);
  const input = await loadIndicatorInput(deps.db, period, filtersOf(q), reach);
  return { period, input, now: deps.clock.now().getTime() };
}
