import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { diffFields } from "../../identity/audit.ts";
import { deletePolicyRow, isForeignKeyViolation, isPolicyPinned, lockPolicy } from "./policy.store.ts";
import { authorizeSla } from "../sla-access.policy.ts";
import { slaError } from "../sla.errors.ts";
import { lockSlaSetup } from "../sla-references.store.ts";

/** Deletes an SLA policy no ticket is measured under (admin); the default policy always stays. */
export async function deletePolicy(deps: Pick<Deps, "db" | "clock">, actor: Actor, id: string): Promise<void> {
  authorizeSla(actor, "settings.write");
  await deps.db.transaction(async (tx) => {
    await lockSlaSetup(tx);
    const policy = await lockPolicy(tx, id);
    if (!policy) throw slaError("POLICY_NOT_FOUND", "params.id");
    if (policy.isDefault) throw slaError("DEFAULT_POLICY_REQUIRED", "params.id");
    if (await isPolicyPinned(tx, id)) throw slaError("POLICY_IN_USE", "params.id");
    // A ticket opened meanwhile may have pinned a version after the check: the foreign key has the last word.
    await deletePolicyRow(tx, id).catch((error: unknown) => {
      throw isForeignKeyViolation(error) ? slaError("POLICY_IN_USE", "params.id") : error;
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "sla_policy.deleted",
        entity: "sla_policy",
        entityId: id,
        changes: diffFields({ name: policy.name }, null, ["name"]),
      },
      deps.clock.now(),
    );
  });
}
