import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { policyViews, type PolicyView } from "./policy-definition.ts";
import { findPolicy, findPolicyVersions } from "./policy.store.ts";
import { authorizeSla } from "../sla-access.policy.ts";
import { slaError } from "../sla.errors.ts";

/** One SLA policy with all its versions (staff). */
export async function getPolicy(deps: Pick<Deps, "db" | "clock">, actor: Actor, id: string): Promise<PolicyView> {
  authorizeSla(actor, "settings.read");
  const row = await findPolicy(deps.db, id);
  if (!row) throw slaError("POLICY_NOT_FOUND", "params.id");
  return policyViews([row], await findPolicyVersions(deps.db, [id]), deps.clock.now())[0]!;
}
