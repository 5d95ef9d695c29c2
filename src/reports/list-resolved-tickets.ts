import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { catchUpFacts } from "./catch-up-facts.ts";
import type { ResolvedTicketRow } from "./indicators/resolved-tickets.ts";
import { everyPage, LIST_PAGE, resolvedFromFacts, type ResolvedKey } from "./list-facts.store.ts";
import { filtersOf, prepareReport, type IndicatorQuery } from "./report-query.ts";

export type ResolvedQuery = IndicatorQuery & { after?: ResolvedKey; limit?: number };

/** A page of the resolved list and where the next one starts (null after the last). */
export type ResolvedPage = { items: ResolvedTicketRow[]; next: ResolvedKey | null };

const keyOf = (r: ResolvedTicketRow): ResolvedKey => ({ resolvedAt: r.resolved_at, number: r.number });

/**
 * The tickets resolved in a period with their response and resolution times and breach flags (same reach as the
 * indicators), oldest resolution first, a page at a time: read from the indicator facts valid at the period's end
 * once the facts have caught up (docs/decisions/0011).
 */
export async function listResolvedTickets(
  deps: Pick<Deps, "db" | "readDb" | "clock">,
  actor: Actor,
  q: ResolvedQuery,
): Promise<ResolvedPage> {
  const { after, limit = LIST_PAGE, ...query } = q;
  const { period, reach } = prepareReport(actor, query);
  const { factsDb } = await catchUpFacts(deps);
  const items = await resolvedFromFacts(factsDb, period, filtersOf(query), reach, { after, limit });
  return { items, next: items.length === limit ? keyOf(items[items.length - 1]!) : null };
}

/** Every ticket resolved in a period, read page by page (the exports and the dashboard's table hold them all). */
export async function listAllResolvedTickets(
  deps: Pick<Deps, "db" | "readDb" | "clock">,
  actor: Actor,
  q: IndicatorQuery,
): Promise<ResolvedTicketRow[]> {
  const { period, reach } = prepareReport(actor, q);
  const { factsDb } = await catchUpFacts(deps);
  const filters = filtersOf(q);
  return everyPage(
    (after: ResolvedKey | undefined, limit) => resolvedFromFacts(factsDb, period, filters, reach, { after, limit }),
    keyOf,
  );
}
