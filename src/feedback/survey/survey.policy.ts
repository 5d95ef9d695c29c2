import { hasScope, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";

/** What can be done with surveys' setup and results. */
export type SurveyAction = "survey_settings.read" | "survey_settings.write";

/** Admins set surveys up; managers read how they are set (they read the results too). Deny by default. */
export function canSurvey(actor: Actor, action: SurveyAction): boolean {
  switch (action) {
    case "survey_settings.read":
      return (actor.role === "admin" || actor.role === "manager") && hasScope(actor, "directory:read");
    case "survey_settings.write":
      return actor.role === "admin" && hasScope(actor, "directory:write");
    default:
      return false;
  }
}

/** Throws unless the actor may take the action. */
export function authorizeSurvey(actor: Actor, action: SurveyAction): void {
  if (canSurvey(actor, action)) return;
  const scope = action === "survey_settings.write" ? "directory:write" : "directory:read";
  throw identityError(hasScope(actor, scope) ? "FORBIDDEN" : "SCOPE_MISSING");
}
