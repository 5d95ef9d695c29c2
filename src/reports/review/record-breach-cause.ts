import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { getReview } from "./get-review.ts";
import { reviewBreaches } from "./review-breaches.ts";
import { reviewError } from "./review.errors.ts";
import { authorizeReview } from "./review.policy.ts";
import { findReviewUnscoped, saveBreachCause } from "./review.store.ts";

/**
 * Records why a ticket breached its targets in the review's period (replacing what was recorded before), for the
 * review and its pack. Only tickets the period's figures count as breached; only while the review is open; audited.
 */
export async function recordBreachCause(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  reviewId: string,
  input: { ticketId: string; cause: string },
) {
  await deps.db.transaction(async (tx) => {
    const found = await findReviewUnscoped(tx, reviewId, true);
    if (!found) throw reviewError("REVIEW_NOT_FOUND");
    authorizeReview(actor, "review.run", found.review.organizationId);
    if (found.review.status !== "open") throw reviewError("REVIEW_SIGNED_OFF");
    const breach = (await reviewBreaches({ db: tx, clock: deps.clock }, found.review)).find(
      (b) => b.ticketId === input.ticketId,
    );
    if (!breach) throw reviewError("TICKET_NOT_BREACHED", "body.ticketId");
    const now = deps.clock.now();
    const cause = input.cause.trim();
    const { previous } = await saveBreachCause(tx, {
      reviewId,
      ticketId: input.ticketId,
      cause,
      recordedBy: actorIdOf(actor),
      recordedAt: now,
    });
    if (previous === cause) return;
    await recordAudit(
      tx,
      actor,
      {
        action: "service_review.updated",
        entity: "service_review",
        entityId: reviewId,
        changes: { [`cause of #${breach.number}`]: { from: previous, to: cause } },
      },
      now,
    );
  });
  return getReview(deps, actor, reviewId);
}
