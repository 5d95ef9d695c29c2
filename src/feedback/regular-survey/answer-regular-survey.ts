import type { Deps } from "../../context.ts";
import type { Db } from "../../platform/db/database.ts";
import { feedbackError, surveyAnswerError } from "../feedback.errors.ts";
import { checkSurveyLink } from "../survey-link.ts";
import { checkAnswers } from "./regular-survey.ts";
import {
  findRegularInvitationUnscoped,
  lockRegularInvitationUnscoped,
  recordRegularAnswer,
  type RegularInvitationRow,
} from "./regular-survey.store.ts";

/** Answers as they arrive: by question id, a score, an option or text (checked against the round's questions). */
export type GivenAnswers = Record<string, unknown>;

/**
 * Records the answers of a locked, still open invitation after checking them against the questions its round asked
 * (regular-survey.ts `checkAnswers`: the first problem is a 422 naming the question).
 */
export async function takeAnswers(
  tx: Db,
  invitation: RegularInvitationRow,
  given: GivenAnswers,
  at: Date,
): Promise<{ answered: true }> {
  const found = await findRegularInvitationUnscoped(tx, invitation.id);
  if (!found) throw feedbackError("REGULAR_SURVEY_NOT_FOUND");
  const checked = checkAnswers(found.round.questions, given);
  if (!checked.ok) throw surveyAnswerError(checked.problem.questionId, checked.problem.message);
  await recordRegularAnswer(tx, invitation.id, checked.answers, at);
  return { answered: true };
}

/**
 * Takes the answers of a regular survey's link, once (no sign-in): the invitation is locked, its link checked
 * (404 forged or of the other survey kind, 410 used or expired), the answers checked and recorded, in one
 * transaction — two answers racing on one link get one 200 and one 410.
 */
export async function answerRegularSurvey(deps: Pick<Deps, "db" | "clock">, token: string, given: GivenAnswers) {
  return deps.db.transaction(async (tx) => {
    const invitation = await checkSurveyLink(deps, tx, "regular_survey", token, (id) =>
      lockRegularInvitationUnscoped(tx, id),
    );
    return takeAnswers(tx, invitation, given, deps.clock.now());
  });
}
