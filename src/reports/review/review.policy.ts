import { hasScope, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";
import { reviewError } from "./review.errors.ts";

/** What can be done with an organization's service reviews and review packs. */
export type ReviewAction =
  | "pack.read"
  | "review.read"
  /** Open a review, record breach causes, add and update actions. */
  | "review.run"
  | "review.sign_off"
  /** Set how often the organization's pack is made and mailed. */
  | "schedule.set";

/** Whether the person reads the organization as its client's manager: a requester of it with the manager flag. */
export const isClientManagerOf = (actor: Actor, organizationId: string) =>
  actor.role === "requester" && actor.orgManager && actor.organizationId === organizationId;

const READS: readonly ReviewAction[] = ["pack.read", "review.read"];

/**
 * Who may do what with an organization's reviews: admins run reviews and set the pack schedule; managers run reviews;
 * agents read; the client's manager reads their own organization's reviews and packs and alone signs its reviews
 * off (the sign-off is the client's word). Deny by default.
 */
export function canReview(actor: Actor, action: ReviewAction, organizationId: string): boolean {
  const writes = action !== "pack.read" && action !== "review.read";
  if (!hasScope(actor, writes ? "tickets:write" : "tickets:read")) return false;
  switch (actor.role) {
    case "admin":
      return action !== "review.sign_off";
    case "manager":
      return action !== "schedule.set" && action !== "review.sign_off";
    case "agent":
      return READS.includes(action);
    case "requester":
      return isClientManagerOf(actor, organizationId) && (READS.includes(action) || action === "review.sign_off");
    default:
      return false;
  }
}

/**
 * Throws unless the actor may act: those who may not even read the organization's reviews are told it does not
 * exist (404); those who may read but not do this are told so (403).
 */
export function authorizeReview(actor: Actor, action: ReviewAction, organizationId: string): void {
  if (canReview(actor, action, organizationId)) return;
  if (!canReview(actor, "review.read", organizationId)) throw reviewError("REVIEW_NOT_FOUND");
  throw identityError(hasScope(actor, "tickets:write") ? "FORBIDDEN" : "SCOPE_MISSING");
}
