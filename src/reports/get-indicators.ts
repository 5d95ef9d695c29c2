import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { computeIndicators, type IndicatorReport } from "./indicators/indicators.ts";
import { previousPeriod } from "./indicators/period.ts";
import { loadIndicatorInput, type IndicatorFilters } from "./indicators.store.ts";
import { filtersOf, prepareReport, type IndicatorQuery } from "./report-query.ts";

export type IndicatorAnswer = IndicatorReport & {
  filters: IndicatorFilters;
  previous: Omit<IndicatorReport, "definitions"> | null;
};

/**
 * The indicators of a period (and, asked for, of the period before it) for the tickets the filters select within
 * the caller's reach, folded from the event log: managers and admins see every ticket's, agents their own and their groups'.
 */
export async function getIndicators(
  deps: Pick<Deps, "readDb" | "clock">,
  actor: Actor,
  q: IndicatorQuery,
): Promise<IndicatorAnswer> {
  const { period, reach } = prepareReport(actor, q);
  const filters = filtersOf(q);
  const now = deps.clock.now().getTime();
  const report = computeIndicators(await loadIndicatorInput(deps.readDb, period, filters, reach), period, now);
  let previous: IndicatorAnswer["previous"] = null;
  if (q.compare) {
    const before = previousPeriod(period);
    const { definitions: _d, ...rest } = computeIndicators(
      await loadIndicatorInput(deps.readDb, before, filters, reach),
      before,
      now,
    );
    previous = rest;
  }
  return { ...report, filters, previous };
}
