import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { reviewBreaches } from "./review-breaches.ts";
import { reviewError } from "./review.errors.ts";
import { authorizeReview } from "./review.policy.ts";
import { presentReview, type ReviewDto } from "./review.present.ts";
import { actionsOfReview, causesOfReview, findReviewUnscoped } from "./review.store.ts";

/**
 * A service review as its readers see it: the breaches of its period with the causes recorded, the actions agreed in
 * it and those it opened with. Another organization's review does not exist for a client's manager.
 */
export async function getReview(deps: Pick<Deps, "db" | "clock">, actor: Actor, id: string): Promise<ReviewDto> {
  const found = await findReviewUnscoped(deps.db, id);
  if (!found) throw reviewError("REVIEW_NOT_FOUND");
  authorizeReview(actor, "review.read", found.review.organizationId);
  const [breaches, causes, actions] = await Promise.all([
    reviewBreaches(deps, found.review),
    causesOfReview(deps.db, id),
    actionsOfReview(deps.db, found.review),
  ]);
  return presentReview(found, { breaches, causes: new Map(causes.map((c) => [c.ticketId, c.cause])), actions }, actor);
}
