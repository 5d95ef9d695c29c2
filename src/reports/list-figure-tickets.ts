import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { catchUpFacts } from "./catch-up-facts.ts";
import type { Figure, FigureTicketRow } from "./indicators/figure-tickets.ts";
import { everyPage, figureTicketsFromFacts, LIST_PAGE } from "./list-facts.store.ts";
import { filtersOf, prepareReport, type IndicatorQuery } from "./report-query.ts";

export type FigureTicketsQuery = IndicatorQuery & { figure: Figure; after?: number; limit?: number };

/** A page of a drill-down and the ticket number the next one starts after (null after the last). */
export type FigureTicketsPage = { items: FigureTicketRow[]; next: number | null };

/**
 * The drill-down of a figure: the tickets it counted, by its own rule and in the same reach as the indicators, in
 * ticket-number order a page at a time, read from the indicator facts valid at the period's end (docs/decisions/0011).
 */
export async function listFigureTickets(
  deps: Pick<Deps, "db" | "readDb" | "clock">,
  actor: Actor,
  q: FigureTicketsQuery,
): Promise<FigureTicketsPage> {
  const { figure, after, limit = LIST_PAGE, ...query } = q;
  const { period, reach } = prepareReport(actor, query);
  const { factsDb } = await catchUpFacts(deps);
  const items = await figureTicketsFromFacts(factsDb, period, figure, filtersOf(query), reach, { after, limit });
  return { items, next: items.length === limit ? items[items.length - 1]!.number : null };
}

/** Every ticket behind a figure, read page by page (the dashboard's tickets table and its exports hold them all). */
export async function listAllFigureTickets(
  deps: Pick<Deps, "db" | "readDb" | "clock">,
  actor: Actor,
  q: IndicatorQuery & { figure: Figure },
): Promise<FigureTicketRow[]> {
  const { figure, ...query } = q;
  const { period, reach } = prepareReport(actor, query);
  const { factsDb } = await catchUpFacts(deps);
  const filters = filtersOf(query);
  return everyPage(
    (after: number | undefined, limit) =>
      figureTicketsFromFacts(factsDb, period, figure, filters, reach, { after, limit }),
    (r) => r.number,
  );
}
