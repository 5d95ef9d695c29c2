import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { applyPatch, changedValues, diffFields, hasChanges } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { authorize } from "../../identity/directory.policy.ts";
import { checkRuleReferences, ROUTING_RULE_FIELDS, type RoutingRuleFields } from "./create-routing-rule.ts";
import { lockRoutingRule, updateRoutingRuleRow } from "./routing.store.ts";
import { ticketError } from "../ticket.errors.ts";

/** Changes a routing rule (admin); what it now refers to must exist. Audited. */
export async function updateRoutingRule(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  patch: Partial<RoutingRuleFields>,
) {
  authorize(actor, "routingRule.write");
  return deps.db.transaction(async (tx) => {
    const before = await lockRoutingRule(tx, actor, id);
    if (!before) throw ticketError("ROUTING_RULE_NOT_FOUND", "params.id");
    const after = applyPatch(before, patch);
    const changes = diffFields(before, after, ROUTING_RULE_FIELDS);
    if (!hasChanges(changes)) return before;
    await checkRuleReferences(tx, actor, changedValues(after, changes));
    const row = await updateRoutingRuleRow(tx, id, changedValues(after, changes));
    await recordAudit(
      tx,
      actor,
      { action: "routing_rule.updated", entity: "routing_rule", entityId: id, changes },
      deps.clock.now(),
    );
    return row;
  });
}
