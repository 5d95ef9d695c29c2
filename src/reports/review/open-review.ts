import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { diffFields } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { MAX_PERIOD_DAYS, reportError } from "../reports.errors.ts";
import { findPackOrganizationUnscoped } from "../review-pack/review-pack.store.ts";
import { getReview } from "./get-review.ts";
import { reviewError } from "./review.errors.ts";
import { authorizeReview } from "./review.policy.ts";
import { insertReview, openActionIds } from "./review.store.ts";

export type OpenReviewInput = { organizationId: string; periodFrom: string; periodTo: string };

/**
 * Opens the service review of a client organization for a period of whole days (the end excluded): it starts with
 * the period's pack and breaches and with every action of earlier reviews still open. One review per organization
 * and start day. Staff managers and admins; audited.
 */
export async function openReview(deps: Pick<Deps, "db" | "clock">, actor: Actor, input: OpenReviewInput) {
  authorizeReview(actor, "review.run", input.organizationId);
  const days = (Date.parse(input.periodTo) - Date.parse(input.periodFrom)) / 86_400_000;
  if (days <= 0) throw reportError("INVALID_PERIOD", "body.periodTo");
  if (days > MAX_PERIOD_DAYS) throw reportError("PERIOD_TOO_LONG", "body.periodTo");
  const organization = await findPackOrganizationUnscoped(deps.db, input.organizationId);
  if (!organization) throw reviewError("REVIEW_NOT_FOUND", "body.organizationId");
  if (organization.kind !== "client") throw reviewError("ORGANIZATION_NOT_CLIENT", "body.organizationId");
  const id = await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const carried = await openActionIds(tx, organization.id);
    const values = { ...input, carriedActionIds: carried, openedBy: actorIdOf(actor), openedAt: now };
    const created = await insertReview(tx, values);
    if (!created) throw reviewError("REVIEW_EXISTS", "body.periodFrom");
    const changes = diffFields(null, values, ["organizationId", "periodFrom", "periodTo", "carriedActionIds"]);
    await recordAudit(
      tx,
      actor,
      { action: "service_review.created", entity: "service_review", entityId: created, changes },
      now,
    );
    return created;
  });
  return getReview(deps, actor, id);
}
