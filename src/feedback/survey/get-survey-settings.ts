import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import type { SurveySettings } from "./survey.ts";
import { authorizeSurvey } from "./survey.policy.ts";
import { loadSurveySettings } from "./survey.store.ts";

/** How the post-resolution survey is run (admins and managers). */
export async function getSurveySettings(deps: Pick<Deps, "db">, actor: Actor): Promise<SurveySettings> {
  authorizeSurvey(actor, "survey_settings.read");
  return loadSurveySettings(deps.db);
}
