import { responseTime, resolutionTime, type ClockTimes } from "./clock-times.ts";
import { DEFINITIONS } from "./definitions.ts";
import { escalationsIn, type EscalationFact, type Escalations } from "./escalations.ts";
import { firstContactResolution, type FirstContactResolution } from "./first-contact-resolution.ts";
import type { Period } from "./period.ts";
import {
  satisfaction,
  type RatingFact,
  type RegularSurveyFact,
  type Satisfaction,
  type SurveyInvitationFact,
} from "./satisfaction.ts";
import { slaCompliance, type SlaCompliance } from "./sla-compliance.ts";
import { ticketFacts, type TicketFacts, type TicketHistory } from "./ticket-facts.ts";
import { timePerTier, type GroupTerms, type TierTime } from "./time-per-tier.ts";
import { volume, type Volume } from "./volume.ts";
import { workTimeIn, type WorkTimeFigures } from "./work-time.ts";
import type { CalendarTimeline } from "../../sla/calendar/index.ts";

/** Everything the indicators are computed from: the tickets that had anything to do with the period, and records. */
export type IndicatorInput = {
  tickets: readonly TicketHistory[];
  escalations: readonly EscalationFact[];
  ratings: readonly RatingFact[];
  /** Post-resolution surveys offered in the period (none given: no survey figures). */
  surveyInvitations?: readonly SurveyInvitationFact[];
  /** Regular-survey invitations with a satisfaction question, sent or answered in the period (none: zeros). */
  regularSurveys?: readonly RegularSurveyFact[];
  /** The groups in those histories, with their OLA terms, and the calendars of their targets (none: no time per tier). */
  groups?: ReadonlyMap<string, GroupTerms>;
  groupCalendars?: ReadonlyMap<string, CalendarTimeline>;
};

/** The report object of `GET /api/v1/reports/indicators` and `frontline report indicators --format json`. */
export type IndicatorReport = {
  period: { from: string; to: string };
  tickets: Volume;
  response: ClockTimes;
  resolution: ClockTimes;
  sla: SlaCompliance;
  first_contact_resolution: FirstContactResolution;
  escalations: Escalations & { time_per_tier: Record<string, TierTime> };
  satisfaction: Satisfaction;
  /** Remote, on-site and travel time finished in the period (issue 15). */
  work_time: WorkTimeFigures;
  definitions: typeof DEFINITIONS;
};

/** Folds every ticket once as it stood at the end of the period (tickets not yet opened by then drop out). */
export function factsOf(input: IndicatorInput, period: Period, now: number): TicketFacts[] {
  return input.tickets.flatMap((t) => ticketFacts(t, period, now) ?? []);
}

/** Computes every indicator for a period from the histories and records given; `now` bounds a period still running. */
export function computeIndicators(input: IndicatorInput, period: Period, now: number): IndicatorReport {
  const facts = factsOf(input, period, now);
  const tickets = volume(period, facts, now);
  const before = input.escalations.filter((e) => e.at.getTime() < period.to);
  return {
    period: { from: new Date(period.from).toISOString(), to: new Date(period.to).toISOString() },
    tickets,
    response: responseTime(period, facts),
    resolution: resolutionTime(period, facts),
    sla: slaCompliance(period, facts),
    first_contact_resolution: firstContactResolution(facts, before),
    escalations: { ...escalationsIn(period, input.escalations), time_per_tier: tierTimes(input, period, facts) },
    satisfaction: satisfaction(period, input.ratings, tickets.resolved, input.surveyInvitations, input.regularSurveys),
    work_time: workTimeIn(period, facts),
    definitions: DEFINITIONS,
  };
}

function tierTimes(input: IndicatorInput, period: Period, facts: readonly TicketFacts[]): Record<string, TierTime> {
  const slas = new Map(input.tickets.map((t) => [t.id, t.sla]));
  const ctx = { groups: input.groups ?? new Map(), calendars: input.groupCalendars ?? new Map() };
  return timePerTier(period, facts, (id) => slas.get(id) ?? null, ctx);
}
