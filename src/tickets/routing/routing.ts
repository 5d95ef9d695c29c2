import type { Channel } from "../../shared/enums.ts";

export type RoutingRule = {
  id: string;
  categoryId: string | null;
  organizationId: string | null;
  channel: Channel | null;
  groupId: string;
};

/** The group for a new ticket: the first rule (already in order) whose every set condition matches. */
export function routeTicket(
  rules: readonly RoutingRule[],
  ticket: { categoryId: string | null; organizationId: string; channel: Channel },
): RoutingRule | undefined {
  return rules.find(
    (rule) =>
      (rule.categoryId === null || rule.categoryId === ticket.categoryId) &&
      (rule.organizationId === null || rule.organizationId === ticket.organizationId) &&
      (rule.channel === null || rule.channel === ticket.channel),
  );
}
