import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { diffFields } from "../../identity/audit.ts";
import type { PolicyConditions, PolicyDefinition } from "./policy.ts";
import { checkPolicyReferences, type PolicyView } from "./policy-definition.ts";
import { findPolicyByName, insertPolicy } from "./policy.store.ts";
import { authorizeSla } from "../sla-access.policy.ts";
import { slaError } from "../sla.errors.ts";
import { lockSlaSetup } from "../sla-references.store.ts";

export type CreatePolicyInput = {
  name: string;
  position: number;
  conditions: PolicyConditions;
  definition: PolicyDefinition;
};

/** Adds an SLA policy (admin) with its version 1, in force from now; it is never the default (there is one). */
export async function createPolicy(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: CreatePolicyInput,
): Promise<PolicyView> {
  authorizeSla(actor, "settings.write");
  return deps.db.transaction(async (tx) => {
    await lockSlaSetup(tx);
    if (await findPolicyByName(tx, input.name)) throw slaError("NAME_TAKEN", "body.name");
    await checkPolicyReferences(tx, input.definition);
    const { version, ...policy } = await insertPolicy(tx, {
      ...input,
      isDefault: false,
      effectiveFrom: deps.clock.now(),
      createdBy: actorIdOf(actor),
    });
    const fields = {
      name: policy.name,
      position: policy.position,
      conditions: policy.conditions,
      definition: version.definition,
    };
    const changes = diffFields(null, fields, ["name", "position", "conditions", "definition"]);
    await recordAudit(
      tx,
      actor,
      { action: "sla_policy.created", entity: "sla_policy", entityId: policy.id, changes },
      deps.clock.now(),
    );
    return { policy, versions: [version], current: version };
  });
}
