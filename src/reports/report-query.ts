import type { Actor } from "../identity/actor.ts";
import type { Period } from "./indicators/period.ts";
import type { IndicatorFilters, ReportReach } from "./indicators.store.ts";
import { authorizeReport } from "./report.policy.ts";
import { MAX_PERIOD_DAYS, reportError } from "./reports.errors.ts";

export type IndicatorQuery = IndicatorFilters & {
  /** Start of the period (included). */
  from: Date;
  /** End of the period (excluded). */
  to: Date;
  /** Also compute the period of the same length just before, for comparison. */
  compare?: boolean;
};

/** Checks the period and the caller's right to the figures asked for; returns the tickets the report may reach. */
export function prepareReport(actor: Actor, q: IndicatorQuery): { period: Period; reach: ReportReach } {
  const period = { from: q.from.getTime(), to: q.to.getTime() };
  if (period.to <= period.from) throw reportError("INVALID_PERIOD", "query.to");
  if (period.to - period.from > MAX_PERIOD_DAYS * 86_400_000) throw reportError("PERIOD_TOO_LONG", "query.to");
  const scope = authorizeReport(actor, "indicators.read", { agentId: q.agentId, groupId: q.groupId });
  return { period, reach: scope === "all" ? null : { personId: actor.personId, groupIds: actor.groupIds } };
}

/** The ticket filters of a query, without its period. */
export const filtersOf = ({ from: _f, to: _t, compare: _c, ...filters }: IndicatorQuery): IndicatorFilters => filters;
