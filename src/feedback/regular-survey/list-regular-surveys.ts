import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { authorizeRegularSurvey } from "./regular-survey.policy.ts";
import { listRegularSurveys as listAll, type RegularSurveyRow } from "./regular-survey.store.ts";

/** Every regular survey, newest first (admins and managers). */
export async function listRegularSurveys(deps: Pick<Deps, "db">, actor: Actor): Promise<RegularSurveyRow[]> {
  authorizeRegularSurvey(actor, "regular_survey.read");
  return listAll(deps.db);
}
