import { hasScope, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";

/** What can be done with improvement suggestions. */
export type SuggestionAction = "suggestion.send" | "suggestion.triage" | "suggestion.read_all";

/**
 * Anyone signed in may send a suggestion and read their own; managers and admins read them all and triage them.
 * Deny by default.
 */
export function canSuggestion(actor: Actor, action: SuggestionAction): boolean {
  switch (action) {
    case "suggestion.send":
      return hasScope(actor, "tickets:write");
    case "suggestion.read_all":
      return (actor.role === "manager" || actor.role === "admin") && hasScope(actor, "tickets:read");
    case "suggestion.triage":
      return (actor.role === "manager" || actor.role === "admin") && hasScope(actor, "tickets:write");
    default:
      return false;
  }
}

/** Throws unless the actor may take the action. */
export function authorizeSuggestion(actor: Actor, action: SuggestionAction): void {
  if (canSuggestion(actor, action)) return;
  const scope = action === "suggestion.read_all" ? "tickets:read" : "tickets:write";
  throw identityError(hasScope(actor, scope) ? "FORBIDDEN" : "SCOPE_MISSING");
}
