import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { diffFields } from "../../identity/audit.ts";
import type { PolicyDefinition } from "./policy.ts";
import { checkPolicyReferences, policyViews, type PolicyView } from "./policy-definition.ts";
import { findPolicyVersions, insertPolicyVersion, lockPolicy } from "./policy.store.ts";
import { authorizeSla } from "../sla-access.policy.ts";
import { slaError } from "../sla.errors.ts";
import { lockSlaSetup } from "../sla-references.store.ts";

/**
 * Changes a policy's targets, pauses, warnings or escalations (admin) as version n+1, in force now or from a
 * future `effectiveFrom`. Tickets already open keep the version they were opened under.
 */
export async function revisePolicy(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: { definition: PolicyDefinition; effectiveFrom?: Date },
): Promise<PolicyView> {
  authorizeSla(actor, "settings.write");
  const now = deps.clock.now();
  if (input.effectiveFrom && input.effectiveFrom < now)
    throw slaError("EFFECTIVE_FROM_IN_PAST", "body.effectiveFrom", { now: now.toISOString() });
  return deps.db.transaction(async (tx) => {
    await lockSlaSetup(tx);
    const policy = await lockPolicy(tx, id);
    if (!policy) throw slaError("POLICY_NOT_FOUND", "params.id");
    await checkPolicyReferences(tx, input.definition);
    const existing = await findPolicyVersions(tx, [id]);
    const version = await insertPolicyVersion(tx, {
      policyId: id,
      version: Math.max(0, ...existing.map((v) => v.version)) + 1,
      effectiveFrom: input.effectiveFrom ?? now,
      definition: input.definition,
      createdBy: actorIdOf(actor),
      createdAt: now,
    });
    const previous = existing.reduce<(typeof existing)[number] | undefined>(
      (latest, v) => (!latest || v.version > latest.version ? v : latest),
      undefined,
    );
    const changes = diffFields(
      previous
        ? { version: previous.version, definition: previous.definition, effectiveFrom: previous.effectiveFrom }
        : null,
      { version: version.version, definition: version.definition, effectiveFrom: version.effectiveFrom },
      ["version", "definition", "effectiveFrom"],
    );
    await recordAudit(tx, actor, { action: "sla_policy.revised", entity: "sla_policy", entityId: id, changes }, now);
    return policyViews([policy], [...existing, version], now)[0]!;
  });
}
