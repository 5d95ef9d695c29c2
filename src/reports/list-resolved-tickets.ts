import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { factsOf } from "./indicators/indicators.ts";
import { resolvedTickets, type ResolvedTicketRow } from "./indicators/resolved-tickets.ts";
import { loadIndicatorInput } from "./indicators.store.ts";
import { filtersOf, prepareReport, type IndicatorQuery } from "./report-query.ts";

/** The tickets resolved in a period with their response and resolution times and breach flags (same reach as the indicators). */
export async function listResolvedTickets(
  deps: Pick<Deps, "readDb" | "clock">,
  actor: Actor,
  q: IndicatorQuery,
): Promise<ResolvedTicketRow[]> {
  const { period, reach } = prepareReport(actor, q);
  const input = await loadIndicatorInput(deps.readDb, period, filtersOf(q), reach);
  return resolvedTickets(factsOf(input, period, deps.clock.now().getTime()));
}
