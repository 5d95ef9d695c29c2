import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { indicatorPeriodsFromFacts } from "./fact-indicators.ts";
import type { IndicatorReport } from "./indicators/indicators.ts";
import { previousPeriod } from "./indicators/period.ts";
import type { IndicatorFilters } from "./indicators.store.ts";
import { filtersOf, prepareReport, type IndicatorQuery } from "./report-query.ts";
import { catchUpFacts, type FactsFreshness } from "./catch-up-facts.ts";

export type IndicatorAnswer = IndicatorReport &
  FactsFreshness & {
    filters: IndicatorFilters;
    previous: Omit<IndicatorReport, "definitions"> | null;
  };

/**
 * The indicators of a period (and, asked for, of the period before it) for the tickets the filters select within
 * the caller's reach, aggregated from the indicator facts kept from the event log (docs/decisions/0011): managers
 * and admins see every ticket's, agents their own and their groups'. Changes the facts worker has not refolded yet
 * are caught up first (a bounded batch); what is still behind is reported as `factsAsOf`, never silently.
 */
export async function getIndicators(
  deps: Pick<Deps, "db" | "readDb" | "clock">,
  actor: Actor,
  q: IndicatorQuery,
): Promise<IndicatorAnswer> {
  const { period, reach } = prepareReport(actor, q);
  const filters = filtersOf(q);
  const { freshness, factsDb } = await catchUpFacts(deps);
  const now = deps.clock.now().getTime();
  const before = q.compare ? previousPeriod(period) : null;
  // The period and the one before it in one statement over the facts (indicator-figures.store.ts).
  const [report, earlier] = await indicatorPeriodsFromFacts(
    factsDb,
    before ? [period, before] : [period],
    filters,
    reach,
    now,
  );
  let previous: IndicatorAnswer["previous"] = null;
  if (earlier) {
    const { definitions: _d, ...rest } = earlier;
    previous = rest;
  }
  return { ...report!, filters, previous, ...freshness };
}
