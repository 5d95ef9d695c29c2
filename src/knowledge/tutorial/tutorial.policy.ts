import { hasScope, isStaff, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";
import type { ContentVisibility, KnowledgeAudience } from "../../shared/enums.ts";

/** What a tutorial's reader sees of it to decide access. */
export type TutorialAccess = {
  status: "draft" | "published";
  visibility: ContentVisibility;
  audiences: readonly KnowledgeAudience[];
};

/**
 * Who may watch a tutorial. Staff: every one, drafts included. Signed-in requesters: published ones for new or
 * current employees. Nobody signed in: those, when public. "Agents only" content stays with staff. Deny by default.
 */
export function canWatchTutorial(actor: Actor | null, tutorial: TutorialAccess): boolean {
  if (actor && isStaff(actor)) return hasScope(actor, "tickets:read");
  if (tutorial.status !== "published") return false;
  if (!tutorial.audiences.some((a) => a === "new" || a === "current")) return false;
  if (!actor) return tutorial.visibility === "public";
  return actor.role === "requester" && hasScope(actor, "tickets:read");
}

/** Tutorials, playlists and onboarding paths are written by staff (agents and up) with the write scope. */
export function canEditLearning(actor: Actor): boolean {
  return isStaff(actor) && hasScope(actor, "tickets:write");
}

/** Throws unless the actor may write tutorials, playlists and onboarding paths. */
export function authorizeEditLearning(actor: Actor): void {
  if (canEditLearning(actor)) return;
  throw identityError(hasScope(actor, "tickets:write") ? "FORBIDDEN" : "SCOPE_MISSING");
}

/**
 * Whose onboarding progress the actor may read: staff managers and admins anyone's; a requester who manages
 * their organization, that organization's people. Deny by default.
 */
export function canSeeProgressOf(actor: Actor, organizationId: string): boolean {
  if (!hasScope(actor, "tickets:read")) return false;
  if (actor.role === "manager" || actor.role === "admin") return true;
  return actor.role === "requester" && actor.orgManager && actor.organizationId === organizationId;
}
