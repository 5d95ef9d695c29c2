import type { Deps } from "../../context.ts";
import { isStaff, type Actor } from "../../identity/actor.ts";
import { reviewError } from "./review.errors.ts";
import { authorizeReview } from "./review.policy.ts";
import { presentReviewSummary } from "./review.present.ts";
import { listReviewRows } from "./review.store.ts";

/**
 * Service reviews, newest period first: staff see every organization's (or the one asked for); a client's manager
 * only their own organization's, whatever they ask for; anyone else none (not found).
 */
export async function listReviews(deps: Pick<Deps, "db">, actor: Actor, q: { organizationId?: string }) {
  const organizationId = isStaff(actor) ? (q.organizationId ?? null) : (q.organizationId ?? actor.organizationId);
  if (organizationId) authorizeReview(actor, "review.read", organizationId);
  else if (!isStaff(actor)) throw reviewError("REVIEW_NOT_FOUND");
  else authorizeReview(actor, "review.read", actor.organizationId);
  return { items: (await listReviewRows(deps.db, organizationId)).map(presentReviewSummary) };
}
