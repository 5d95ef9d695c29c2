import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { feedbackError } from "../feedback.errors.ts";
import { authorizeRegularSurvey } from "./regular-survey.policy.ts";
import {
  answersOfRound,
  findRegularSurvey,
  findRound,
  textAnswersOfRound,
  type RoundRow,
} from "./regular-survey.store.ts";
import { roundResults, type RoundResults } from "./survey-results.ts";

export type SurveyRoundResults = RoundResults & { surveyId: string; title: string; round: RoundRow; open: boolean };

/**
 * A round's results (managers and admins): response rate, and per question a scale's mean and distribution, a
 * choice's count per option, a text question's number of answers (the answers themselves page apart).
 */
export async function getSurveyResults(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  surveyId: string,
  roundId: string,
): Promise<SurveyRoundResults> {
  authorizeRegularSurvey(actor, "regular_survey.results");
  const survey = await findRegularSurvey(deps.db, surveyId);
  const round = survey && (await findRound(deps.db, surveyId, roundId));
  if (!survey || !round) throw feedbackError("REGULAR_SURVEY_NOT_FOUND", "params.roundId");
  const results = roundResults(round.questions, await answersOfRound(deps.db, round.id), round.invited);
  const open = deps.clock.now().getTime() < round.closesAt.getTime();
  return { ...results, surveyId, title: survey.title, round, open };
}

/** One page of a text question's answers in a round, oldest first (managers and admins). */
export async function listTextAnswers(
  deps: Pick<Deps, "db">,
  actor: Actor,
  ref: { surveyId: string; roundId: string; questionId: string },
  page: { offset: number; limit: number },
) {
  authorizeRegularSurvey(actor, "regular_survey.results");
  const round = await findRound(deps.db, ref.surveyId, ref.roundId);
  if (!round) throw feedbackError("REGULAR_SURVEY_NOT_FOUND", "params.roundId");
  const question = round.questions.find((q) => q.id === ref.questionId && q.kind === "text");
  if (!question) throw feedbackError("REGULAR_SURVEY_NOT_FOUND", "params.questionId");
  return textAnswersOfRound(deps.db, round.id, question.id, page);
}
