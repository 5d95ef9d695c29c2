import { inPeriod, type Period } from "./period.ts";
import { rate } from "./stats.ts";

/** A requester's rating of a resolved ticket (feedback.tables.ts `satisfaction_ratings`); `at` is when it was last given. */
export type RatingFact = { ticketId: string; ticketNumber: number; score: number; comment: string; at: Date };

/** A post-resolution survey offered (feedback/survey `survey_invitations`): when, and when answered if it was. */
export type SurveyInvitationFact = { ticketId: string; offeredAt: Date; answeredAt: Date | null };

/** The post-resolution survey on its own: how many were offered in the period and how many of those were answered. */
export type SurveyResponse = {
  sent: number;
  /** Of the surveys offered in the period, those answered before it ended. */
  answered: number;
  /** answered / sent; null when none was offered. */
  response_rate: number | null;
};

/**
 * One invitation to a round of a regular survey that has a satisfaction question (feedback/regular-survey): when it
 * was sent, when answered, and the 1–5 given to that question (null when not answered or skipped).
 */
export type RegularSurveyFact = { invitedAt: Date; answeredAt: Date | null; score: number | null };

/** Satisfaction from regular surveys, apart from the post-resolution figures. */
export type RegularSurveySatisfaction = {
  /** Invitations sent in the period (rounds with a satisfaction question). */
  invited: number;
  /** Satisfaction scores given in the period. */
  responses: number;
  mean: number | null;
  distribution: Record<"1" | "2" | "3" | "4" | "5", number>;
  /** Of the invitations sent in the period, the share answered before it ended; null when none was sent. */
  response_rate: number | null;
};

export type Satisfaction = {
  /** Where the answers come from: the rating asked for after resolution (regular surveys are counted apart). */
  source: "post_resolution";
  responses: number;
  mean: number | null;
  distribution: Record<"1" | "2" | "3" | "4" | "5", number>;
  /** Responses per ticket resolved in the period; null when none was resolved. */
  response_rate: number | null;
  comments: Array<{ ticket_number: number; score: number; comment: string; at: string }>;
  /** The survey's own response rate (the ratings above include answers given in the portal without one). */
  post_resolution_survey: SurveyResponse;
  /** The satisfaction question of regular surveys, counted apart (organization filter only). */
  regular_survey: RegularSurveySatisfaction;
};

/**
 * Customer satisfaction: the ratings (1–5) given in the period — their mean, how many of each score, the share of
 * the period's resolved tickets they amount to, and every comment — and the post-resolution survey's response rate.
 */
export function satisfaction(
  period: Period,
  ratings: readonly RatingFact[],
  resolvedInPeriod: number,
  invitations: readonly SurveyInvitationFact[] = [],
  regular: readonly RegularSurveyFact[] = [],
): Satisfaction {
  const inside = ratings
    .filter((r) => inPeriod(period, r.at.getTime()))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.ticketNumber - b.ticketNumber);
  const distribution = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 };
  for (const r of inside) distribution[String(r.score) as keyof typeof distribution] += 1;
  const total = inside.reduce((sum, r) => sum + r.score, 0);
  return {
    source: "post_resolution",
    responses: inside.length,
    mean: inside.length === 0 ? null : Math.round((total / inside.length) * 100) / 100,
    distribution,
    response_rate: rate(inside.length, resolvedInPeriod),
    comments: inside
      .filter((r) => r.comment.trim() !== "")
      .map((r) => ({ ticket_number: r.ticketNumber, score: r.score, comment: r.comment, at: r.at.toISOString() })),
    post_resolution_survey: surveyResponse(period, invitations),
    regular_survey: regularSurveySatisfaction(period, regular),
  };
}

/** Regular surveys' satisfaction question: scores given in the period, and the response rate of those sent in it. */
export function regularSurveySatisfaction(
  period: Period,
  facts: readonly RegularSurveyFact[],
): RegularSurveySatisfaction {
  const scores = facts
    .filter((f) => f.answeredAt !== null && f.score !== null && inPeriod(period, f.answeredAt.getTime()))
    .map((f) => f.score!);
  const distribution = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 };
  for (const score of scores) distribution[String(score) as keyof typeof distribution] += 1;
  const total = scores.reduce((sum, score) => sum + score, 0);
  const sent = facts.filter((f) => inPeriod(period, f.invitedAt.getTime()));
  const answered = sent.filter((f) => f.answeredAt !== null && f.answeredAt.getTime() < period.to).length;
  return {
    invited: sent.length,
    responses: scores.length,
    mean: scores.length === 0 ? null : Math.round((total / scores.length) * 100) / 100,
    distribution,
    response_rate: rate(answered, sent.length),
  };
}

/** Surveys offered in the period, and those of them answered before it ended. */
export function surveyResponse(period: Period, invitations: readonly SurveyInvitationFact[]): SurveyResponse {
  const sent = invitations.filter((i) => inPeriod(period, i.offeredAt.getTime()));
  const answered = sent.filter((i) => i.answeredAt !== null && i.answeredAt.getTime() < period.to).length;
  return { sent: sent.length, answered, response_rate: rate(answered, sent.length) };
}
