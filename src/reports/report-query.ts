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

/** A period's bounds as epoch milliseconds, checked: it must end after it starts and not be too long. */
export function checkedPeriod(from: Date, to: Date, source: "query" | "body" = "query"): Period {
  const period = { from: from.getTime(), to: to.getTime() };
  if (period.to <= period.from) throw reportError("INVALID_PERIOD", `${source}.to`);
  if (period.to - period.from > MAX_PERIOD_DAYS * 86_400_000) throw reportError("PERIOD_TOO_LONG", `${source}.to`);
  return period;
}

/** Checks the period and the caller's right to the figures asked for; returns the tickets the report may reach. */
export function prepareReport(actor: Actor, q: IndicatorQuery): { period: Period; reach: ReportReach } {
  const period = checkedPeriod(q.from, q.to);
  const scope = authorizeReport(actor, "indicators.read", { agentId: q.agentId, groupId: q.groupId });
  return { period, reach: scope === "all" ? null : { personId: actor.personId, groupIds: actor.groupIds } };
}

/** The ticket filters of a query, without its period. */
export const filtersOf = ({ from: _f, to: _t, compare: _c, ...filters }: IndicatorQuery): IndicatorFilters => filters;
