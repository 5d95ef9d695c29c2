import type { Status } from "../../shared/enums.ts";
import type { Clock } from "../../sla/clock/clocks.ts";
import { businessMinutes, wallMinutes, type TicketFacts } from "./ticket-facts.ts";

/** A stopped clock's minutes as the ticket-by-ticket lists show them. */
export type ClockMinutes = { businessMinutes: number; wallMinutes: number };

/**
 * What the ticket-by-ticket lists (resolved-tickets.ts, figure-tickets.ts) show of one ticket beyond the indicator
 * figures' own facts, as it stood at a version of its facts: the lists then read the version valid at a period's end
 * instead of folding every history (docs/decisions/0011). Each field is read off `ticketFacts` exactly as the folded
 * lists read it, so a stored version shows the same row the fold would.
 */
export type ListFacts = {
  subject: string;
  status: Status;
  assigneeId: string | null;
  groupId: string | null;
  organizationId: string;
  /**
   * A resolved ticket's breach flags (null without that SLA clock, and on an open ticket, whose running clocks can
   * still breach between events). Resolving stops both clocks, so a resolved version's outcome never moves.
   */
  responseBreached: boolean | null;
  resolutionBreached: boolean | null;
  /**
   * A resolved *linked* ticket's own stopped clocks: the figures leave a linked ticket's clocks out (it follows its
   * parent's), but the resolved list shows them; for any other ticket the list reads the figures' clock columns.
   */
  linkedClocks: { response: ClockMinutes | null; resolution: ClockMinutes | null } | null;
};

const minutesOf = (clock: Clock | null): ClockMinutes | null =>
  clock?.state === "stopped" ? { businessMinutes: businessMinutes(clock), wallMinutes: wallMinutes(clock) } : null;

/** The list columns of one ticket's facts folded at a version's instant. */
export function listFacts(t: TicketFacts): ListFacts {
  const resolved = t.resolvedAt !== null;
  const breached = (clock: Clock | null) => (resolved && clock ? clock.outcome === "breached" : null);
  return {
    subject: t.state.subject,
    status: t.state.status,
    assigneeId: t.state.assigneeId,
    groupId: t.state.groupId,
    organizationId: t.state.organizationId,
    responseBreached: breached(t.response),
    resolutionBreached: breached(t.resolution),
    linkedClocks:
      resolved && t.linked ? { response: minutesOf(t.response), resolution: minutesOf(t.resolution) } : null,
  };
}
