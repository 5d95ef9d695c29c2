import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { authorizeReview } from "../review/review.policy.ts";
import { reviewError } from "../review/review.errors.ts";
import type { Cadence } from "./pack-period.ts";
import { findPackOrganizationUnscoped, findPackSchedule, savePackSchedule } from "./review-pack.store.ts";

/**
 * Sets how often a client organization's review pack is made and mailed to its managers (monthly or quarterly), or
 * with null stops it. Admins only; audited.
 */
export async function setPackSchedule(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  organizationId: string,
  cadence: Cadence | null,
): Promise<{ organizationId: string; cadence: Cadence | null }> {
  authorizeReview(actor, "schedule.set", organizationId);
  const organization = await findPackOrganizationUnscoped(deps.db, organizationId);
  if (!organization) throw reviewError("REVIEW_NOT_FOUND", "params.organizationId");
  if (organization.kind !== "client") throw reviewError("ORGANIZATION_NOT_CLIENT", "params.organizationId");
  await deps.db.transaction(async (tx) => {
    const before = await findPackSchedule(tx, organizationId);
    if (before === cadence) return;
    const now = deps.clock.now();
    await savePackSchedule(tx, organizationId, cadence, actorIdOf(actor), now);
    await recordAudit(
      tx,
      actor,
      {
        action: cadence === null ? "review_pack_schedule.deleted" : "review_pack_schedule.updated",
        entity: "review_pack_schedule",
        entityId: organizationId,
        changes: { cadence: { from: before, to: cadence }, name: { from: organization.name, to: organization.name } },
      },
      now,
    );
  });
  return { organizationId, cadence };
}
