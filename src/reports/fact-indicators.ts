import type { Db } from "../platform/db/database.ts";
import { periodFigures, type PeriodFigures } from "./indicator-figures.store.ts";
import { DEFINITIONS } from "./indicators/definitions.ts";
import { escalationsIn } from "./indicators/escalations.ts";
import type { IndicatorReport } from "./indicators/indicators.ts";
import type { Period } from "./indicators/period.ts";
import { satisfaction } from "./indicators/satisfaction.ts";
import type { WorkTimeFigures } from "./indicators/work-time.ts";
import type { ReportReach, TicketSelection } from "./indicators.store.ts";
import { workTimeFromFacts } from "./work-time-figures.store.ts";

/**
 * The indicator reports of some periods (a report and the period before it) from the stored facts and the periods'
 * own records (escalations, ratings, surveys), all read in one statement (`periodFigures`): each the same object
 * `computeIndicators` folds from the histories.
 */
export async function indicatorPeriodsFromFacts(
  db: Db,
  periods: readonly Period[],
  selection: TicketSelection,
  reach: ReportReach,
  now: number,
): Promise<IndicatorReport[]> {
  // The time by kind of work is a statement of its own beside the figures' one: it reads only the versions that hold
  // finished work (`work_done`), a small share of the period's.
  const [figures, workTimes] = await Promise.all([
    periodFigures(db, periods, selection, reach, now),
    Promise.all(periods.map((period) => workTimeFromFacts(db, period, selection, reach))),
  ]);
  return periods.map((period, i) => reportOf(period, figures[i]!, workTimes[i]!));
}

/** The indicator report of one period from the stored facts (`indicatorPeriodsFromFacts`). */
export async function indicatorsFromFacts(
  db: Db,
  period: Period,
  selection: TicketSelection,
  reach: ReportReach,
  now: number,
): Promise<IndicatorReport> {
  const [report] = await indicatorPeriodsFromFacts(db, [period], selection, reach, now);
  return report!;
}

function reportOf(period: Period, { figures, records }: PeriodFigures, workTime: WorkTimeFigures): IndicatorReport {
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
