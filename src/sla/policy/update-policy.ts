import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { diffFields, hasChanges } from "../../identity/audit.ts";
import type { PolicyConditions } from "./policy.ts";
import { policyViews, type PolicyView } from "./policy-definition.ts";
import { findPolicyByName, findPolicyVersions, lockPolicy, updatePolicyRow } from "./policy.store.ts";
import { authorizeSla } from "../sla-access.policy.ts";
import { slaError } from "../sla.errors.ts";
import { lockSlaSetup } from "../sla-references.store.ts";

export type PolicyPatch = Partial<{ name: string; position: number; active: boolean; conditions: PolicyConditions }>;

/**
 * Renames, reorders, (de)activates a policy or changes its conditions (admin). These are not versioned:
 * they apply at once to choosing the policy for new tickets; open tickets keep their pinned version.
 */
export async function updatePolicy(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  patch: PolicyPatch,
): Promise<PolicyView> {
  authorizeSla(actor, "settings.write");
  return deps.db.transaction(async (tx) => {
    await lockSlaSetup(tx);
    const before = await lockPolicy(tx, id);
    if (!before) throw slaError("POLICY_NOT_FOUND", "params.id");
    if (before.isDefault && patch.active === false) throw slaError("DEFAULT_POLICY_REQUIRED", "body.active");
    if (patch.name !== undefined && patch.name !== before.name && (await findPolicyByName(tx, patch.name)))
      throw slaError("NAME_TAKEN", "body.name");
    const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as PolicyPatch;
    const row = Object.keys(changes).length > 0 ? await updatePolicyRow(tx, id, changes) : before;
    const audited = diffFields(before, row, ["name", "position", "active", "conditions"]);
    if (hasChanges(audited))
      await recordAudit(
        tx,
        actor,
        { action: "sla_policy.updated", entity: "sla_policy", entityId: id, changes: audited },
        deps.clock.now(),
      );
    return policyViews([row], await findPolicyVersions(tx, [id]), deps.clock.now())[0]!;
  });
}
