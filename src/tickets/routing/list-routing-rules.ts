import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { authorize } from "../../identity/directory.policy.ts";
import { findRoutingRules } from "./routing.store.ts";

/** Every routing rule, inactive ones too, in evaluation order: staff only. */
export async function listRoutingRules(deps: Pick<Deps, "db">, actor: Actor) {
  authorize(actor, "routingRule.read");
  return findRoutingRules(deps.db, actor);
}
