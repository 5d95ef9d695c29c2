import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { ticketsBehind, type Figure, type FigureTicketRow } from "./indicators/figure-tickets.ts";
import { computeIndicators, factsOf } from "./indicators/indicators.ts";
import { loadReportData, type ReportData } from "./report-data.ts";
import type { IndicatorQuery } from "./report-query.ts";

/** The tickets behind one figure of a loaded period, counted by the figure's own rule. */
export function figureTickets({ period, input, now }: ReportData, figure: Figure): FigureTicketRow[] {
  const report = computeIndicators(input, period, now);
  return ticketsBehind(figure, period, factsOf(input, period, now), {
    escalations: input.escalations,
    ratings: input.ratings,
    firstContact: report.first_contact_resolution,
  });
}

/** The drill-down of a figure: the tickets it counted, in the same reach as the indicators. */
export async function listFigureTickets(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  q: IndicatorQuery & { figure: Figure },
): Promise<FigureTicketRow[]> {
  return figureTickets(await loadReportData(deps, actor, q), q.figure);
}
