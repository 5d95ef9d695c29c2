import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { policyViews, type PolicyView } from "./policy-definition.ts";
import { findPolicies, findPolicyVersions } from "./policy.store.ts";
import { authorizeSla } from "../sla-access.policy.ts";

/** Every SLA policy in evaluation order with the version in force now (staff). */
export async function listPolicies(deps: Pick<Deps, "db" | "clock">, actor: Actor): Promise<PolicyView[]> {
  authorizeSla(actor, "settings.read");
  const [rows, versions] = await Promise.all([findPolicies(deps.db), findPolicyVersions(deps.db)]);
  return policyViews(rows, versions, deps.clock.now());
}
