import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { diffFields } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { authorize } from "../../identity/directory.policy.ts";
import { ROUTING_RULE_FIELDS } from "./create-routing-rule.ts";
import { deleteRoutingRuleRow, lockRoutingRule } from "./routing.store.ts";
import { ticketError } from "../ticket.errors.ts";

/** Deletes a routing rule (admin); the audit row keeps everything it was. */
export async function deleteRoutingRule(deps: Pick<Deps, "db" | "clock">, actor: Actor, id: string): Promise<void> {
  authorize(actor, "routingRule.write");
  await deps.db.transaction(async (tx) => {
    const before = await lockRoutingRule(tx, actor, id);
    if (!before) throw ticketError("ROUTING_RULE_NOT_FOUND", "params.id");
    await deleteRoutingRuleRow(tx, id);
    await recordAudit(
      tx,
      actor,
      {
        action: "routing_rule.deleted",
        entity: "routing_rule",
        entityId: id,
        changes: diffFields(before, null, ROUTING_RULE_FIELDS),
      },
      deps.clock.now(),
    );
  });
}
