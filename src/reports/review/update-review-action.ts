import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { applyPatch, diffFields, hasChanges } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { ACTION_FIELDS } from "./add-review-action.ts";
import { getReview } from "./get-review.ts";
import { reviewError } from "./review.errors.ts";
import { authorizeReview } from "./review.policy.ts";
import { findAction, findReviewUnscoped, isPossibleOwner, updateAction, type ActionStatus } from "./review.store.ts";

export type ReviewActionPatch = { title?: string; ownerId?: string; dueOn?: string; status?: ActionStatus };

/**
 * Changes an action of an open review (one agreed in it or one it opened with): its title, owner, due date or
 * status. Audited with what changed.
 */
export async function updateReviewAction(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  reviewId: string,
  actionId: string,
  patch: ReviewActionPatch,
) {
  await deps.db.transaction(async (tx) => {
    const found = await findReviewUnscoped(tx, reviewId, true);
    if (!found) throw reviewError("REVIEW_NOT_FOUND");
    const { review } = found;
    authorizeReview(actor, "review.run", review.organizationId);
    if (review.status !== "open") throw reviewError("REVIEW_SIGNED_OFF");
    const before = await findAction(tx, actionId, true);
    const belongs = before && (before.reviewId === reviewId || review.carriedActionIds.includes(actionId));
    if (!before || !belongs) throw reviewError("REVIEW_ACTION_NOT_FOUND", "params.actionId");
    if (patch.ownerId && !(await isPossibleOwner(tx, patch.ownerId, review.organizationId)))
      throw reviewError("REVIEW_ACTION_OWNER_UNKNOWN", "body.ownerId");
    const after = applyPatch(before, { ...patch, title: patch.title?.trim() });
    const changes = diffFields(before, after, ACTION_FIELDS);
    if (!hasChanges(changes)) return;
    const now = deps.clock.now();
    await updateAction(tx, actionId, {
      title: after.title,
      ownerId: after.ownerId,
      dueOn: after.dueOn,
      status: after.status,
      updatedAt: now,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "review_action.updated",
        entity: "review_action",
        entityId: actionId,
        changes: { ...changes, title: { from: before.title, to: after.title } },
      },
      now,
    );
  });
  return getReview(deps, actor, reviewId);
}
