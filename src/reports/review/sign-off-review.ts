import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { getReview } from "./get-review.ts";
import { reviewError } from "./review.errors.ts";
import { authorizeReview } from "./review.policy.ts";
import { findReviewUnscoped, updateReview } from "./review.store.ts";

/**
 * The client's manager signs the review off (from the portal), with an optional comment: the review is closed and
 * changes no more; its open actions carry into the next review. Audited.
 */
export async function signOffReview(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  reviewId: string,
  input: { comment?: string },
) {
  await deps.db.transaction(async (tx) => {
    const found = await findReviewUnscoped(tx, reviewId, true);
    if (!found) throw reviewError("REVIEW_NOT_FOUND");
    authorizeReview(actor, "review.sign_off", found.review.organizationId);
    if (found.review.status !== "open") throw reviewError("REVIEW_SIGNED_OFF");
    const now = deps.clock.now();
    const comment = input.comment?.trim() || null;
    await updateReview(tx, reviewId, {
      status: "signed_off",
      signedOffBy: actorIdOf(actor),
      signedOffAt: now,
      signOffComment: comment,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "service_review.signed_off",
        entity: "service_review",
        entityId: reviewId,
        changes: { status: { from: "open", to: "signed_off" }, comment: { from: null, to: comment } },
      },
      now,
    );
  });
  return getReview(deps, actor, reviewId);
}
