import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { feedbackError } from "../feedback.errors.ts";
import { authorizeRegularSurvey } from "./regular-survey.policy.ts";
import { findRegularSurvey, roundsOf, type RegularSurveyRow, type RoundRow } from "./regular-survey.store.ts";

export type SurveyRound = RoundRow & { responses: number; open: boolean };

/** A regular survey with its rounds, newest first, each open until its window ends (admins and managers). */
export async function getRegularSurvey(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
): Promise<{ survey: RegularSurveyRow; rounds: SurveyRound[] }> {
  authorizeRegularSurvey(actor, "regular_survey.read");
  const survey = await findRegularSurvey(deps.db, id);
  if (!survey) throw feedbackError("REGULAR_SURVEY_NOT_FOUND", "params.id");
  const now = deps.clock.now().getTime();
  const rounds = (await roundsOf(deps.db, id)).map((r) => ({ ...r, open: now < r.closesAt.getTime() }));
  return { survey, rounds };
}
