import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { diffFields } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { getReview } from "./get-review.ts";
import { reviewError } from "./review.errors.ts";
import { authorizeReview } from "./review.policy.ts";
import { findReviewUnscoped, insertAction, isPossibleOwner } from "./review.store.ts";

export type NewReviewAction = { title: string; ownerId: string; dueOn: string };

export const ACTION_FIELDS = ["title", "ownerId", "dueOn", "status"] as const;

/** Agrees an action in an open review: what, who (staff or a person of the client), by when. Audited. */
export async function addReviewAction(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  reviewId: string,
  input: NewReviewAction,
) {
  await deps.db.transaction(async (tx) => {
    const found = await findReviewUnscoped(tx, reviewId, true);
    if (!found) throw reviewError("REVIEW_NOT_FOUND");
    const { review } = found;
    authorizeReview(actor, "review.run", review.organizationId);
    if (review.status !== "open") throw reviewError("REVIEW_SIGNED_OFF");
    if (!(await isPossibleOwner(tx, input.ownerId, review.organizationId)))
      throw reviewError("REVIEW_ACTION_OWNER_UNKNOWN", "body.ownerId");
    const now = deps.clock.now();
    const row = await insertAction(tx, {
      reviewId,
      organizationId: review.organizationId,
      title: input.title.trim(),
      ownerId: input.ownerId,
      dueOn: input.dueOn,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "review_action.created",
        entity: "review_action",
        entityId: row.id,
        changes: diffFields(null, row, ACTION_FIELDS),
      },
      now,
    );
  });
  return getReview(deps, actor, reviewId);
}
