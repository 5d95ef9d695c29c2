import { hasScope, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";
import type { TokenScope } from "../../shared/enums.ts";

/** What can be done with regular surveys: define and schedule them, read their definitions, read their results. */
export type RegularSurveyAction = "regular_survey.write" | "regular_survey.read" | "regular_survey.results";

const SCOPE: Record<RegularSurveyAction, TokenScope> = {
  "regular_survey.write": "directory:write",
  "regular_survey.read": "directory:read",
  "regular_survey.results": "tickets:read",
};

/**
 * Admins define, schedule, pause and close regular surveys; managers (and admins) read them and their results,
 * like the other reports. Requesters answer only their own invitations (by link or portal, not through this policy).
 * Deny by default.
 */
export function canRegularSurvey(actor: Actor, action: RegularSurveyAction): boolean {
  if (!hasScope(actor, SCOPE[action])) return false;
  switch (action) {
    case "regular_survey.write":
      return actor.role === "admin";
    case "regular_survey.read":
    case "regular_survey.results":
      return actor.role === "admin" || actor.role === "manager";
    default:
      return false;
  }
}

/** Throws unless the actor may take the action. */
export function authorizeRegularSurvey(actor: Actor, action: RegularSurveyAction): void {
  if (canRegularSurvey(actor, action)) return;
  throw identityError(hasScope(actor, SCOPE[action]) ? "FORBIDDEN" : "SCOPE_MISSING");
}
