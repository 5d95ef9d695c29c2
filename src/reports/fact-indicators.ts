import type { Db } from "../platform/db/database.ts";
import { factFigures } from "./indicator-figures.store.ts";
import { DEFINITIONS } from "./indicators/definitions.ts";
import { escalationsIn } from "./indicators/escalations.ts";
import type { IndicatorReport } from "./indicators/indicators.ts";
import type { Period } from "./indicators/period.ts";
import { satisfaction } from "./indicators/satisfaction.ts";
import { loadIndicatorRecords, type ReportReach, type TicketSelection } from "./indicators.store.ts";
import { workTimeFromFacts } from "./work-time-figures.store.ts";

/**
 * The indicator report of a period from the stored facts (ticket figures aggregated in SQL) and the period's own
 * records (escalations, ratings, surveys): the same object `computeIndicators` folds from the histories.
 */
export async function indicatorsFromFacts(
  db: Db,
  period: Period,
  selection: TicketSelection,
  reach: ReportReach,
  now: number,
): Promise<IndicatorReport> {
  const [figures, records, workTime] = await Promise.all([
    factFigures(db, period, selection, reach, now),
    loadIndicatorRecords(db, period, selection, reach, true),
    workTimeFromFacts(db, period, selection, reach),
  ]);
  return {
    period: { from: new Date(period.from).toISOString(), to: new Date(period.to).toISOString() },
    tickets: figures.tickets,
    response: figures.response,
    resolution: figures.resolution,
    sla: figures.sla,
    first_contact_resolution: figures.first_contact_resolution,
    escalations: { ...escalationsIn(period, records.escalations), time_per_tier: figures.time_per_tier },
    satisfaction: satisfaction(
      period,
      records.ratings,
      figures.tickets.resolved,
      records.surveyInvitations,
      records.regularSurveys,
    ),
    work_time: workTime,
    definitions: DEFINITIONS,
  };
}
