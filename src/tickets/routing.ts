import type { Channel } from "../shared/enums.ts";

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

export type Member = { personId: string; lastAssignedAt: Date | null };

/** Round robin: the member given a ticket longest ago (never-assigned first, then by id for a stable order). */
export function nextRoundRobin(members: readonly Member[]): string | undefined {
  return [...members].sort((a, b) => {
    const ta = a.lastAssignedAt?.getTime() ?? -Infinity;
    const tb = b.lastAssignedAt?.getTime() ?? -Infinity;
    return ta - tb || a.personId.localeCompare(b.personId);
  })[0]?.personId;
}

/** Least loaded: the member with the fewest active tickets, ties broken by round robin. */
export function leastLoaded(members: readonly Member[], load: ReadonlyMap<string, number>): string | undefined {
  const min = Math.min(...members.map((m) => load.get(m.personId) ?? 0));
  return nextRoundRobin(members.filter((m) => (load.get(m.personId) ?? 0) === min));
}
