import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { diffFields } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { authorize } from "../../identity/directory.policy.ts";
import { findOrganization } from "../../identity/directory.store.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Channel } from "../../shared/enums.ts";
import { findCategory, findGroup, insertRoutingRuleRow } from "./routing.store.ts";
import { ticketError } from "../ticket.errors.ts";

export type RoutingRuleFields = {
  name: string;
  position: number;
  categoryId: string | null;
  organizationId: string | null;
  channel: Channel | null;
  groupId: string;
  active: boolean;
};

export type NewRoutingRule = Pick<RoutingRuleFields, "name" | "position" | "groupId"> & Partial<RoutingRuleFields>;

export const ROUTING_RULE_FIELDS = [
  "name",
  "position",
  "categoryId",
  "organizationId",
  "channel",
  "groupId",
  "active",
] as const;

/** Checks that what a rule matches on and routes to exists, naming the field that does not. */
export async function checkRuleReferences(tx: Db, actor: Actor, rule: Partial<RoutingRuleFields>): Promise<void> {
  if (rule.categoryId && !(await findCategory(tx, rule.categoryId)))
    throw ticketError("CATEGORY_NOT_FOUND", "body.categoryId");
  if (rule.organizationId && !(await findOrganization(tx, actor, rule.organizationId)))
    throw ticketError("ORGANIZATION_NOT_FOUND", "body.organizationId");
  if (rule.groupId && !(await findGroup(tx, rule.groupId))) throw ticketError("GROUP_NOT_FOUND", "body.groupId");
}

/** Adds a routing rule (admin): the first active rule by position whose set fields all match routes a new ticket. Audited. */
export async function createRoutingRule(deps: Pick<Deps, "db" | "clock">, actor: Actor, input: NewRoutingRule) {
  authorize(actor, "routingRule.write");
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await checkRuleReferences(tx, actor, input);
    const row = await insertRoutingRuleRow(tx, {
      name: input.name,
      position: input.position,
      categoryId: input.categoryId ?? null,
      organizationId: input.organizationId ?? null,
      channel: input.channel ?? null,
      groupId: input.groupId,
      active: input.active ?? true,
      createdAt: now,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "routing_rule.created",
        entity: "routing_rule",
        entityId: row.id,
        changes: diffFields(null, row, ROUTING_RULE_FIELDS),
      },
      now,
    );
    return row;
  });
}
