import type { Deps } from "../../context.ts";
import { isStaff, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";
import { DomainError } from "../../shared/errors.ts";
import { searchTotals, topQueries, type QueryCount } from "./search-log.store.ts";

/** The period when none is given: the last 30 days. */
const DEFAULT_DAYS = 30;

export type SearchStats = {
  from: Date;
  to: Date;
  searches: number;
  noResults: number;
  topQueries: QueryCount[];
  topWithoutResults: QueryCount[];
};

/**
 * What people searched for over a period, for the knowledge base's owners (agents, managers, admins): the most
 * frequent queries and the most frequent that found nothing (the articles to write next).
 */
export async function getSearchStats(
  deps: Pick<Deps, "readDb" | "clock">,
  actor: Actor,
  input: { from?: Date; to?: Date; limit: number },
): Promise<SearchStats> {
  if (!isStaff(actor)) throw identityError("FORBIDDEN");
  const to = input.to ?? deps.clock.now();
  const period = { from: input.from ?? new Date(to.getTime() - DEFAULT_DAYS * 86_400_000), to };
  if (period.from >= period.to)
    throw new DomainError("invalid", "INVALID_PERIOD", "The period's `from` must be before its `to`.", "query.from");
  const [totals, top, none] = await Promise.all([
    searchTotals(deps.readDb, period),
    topQueries(deps.readDb, period, { noResults: false, limit: input.limit }),
    topQueries(deps.readDb, period, { noResults: true, limit: input.limit }),
  ]);
  return { ...period, ...totals, topQueries: top, topWithoutResults: none };
}
