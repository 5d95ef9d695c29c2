import type { Channel, Priority } from "../../shared/enums.ts";
import { businessMinutes, wallMinutes, type TicketFacts } from "./ticket-facts.ts";

/** One row of the resolved-tickets table. */
export type ResolvedTicketRow = {
  ticket_id: string;
  number: number;
  subject: string;
  priority: Priority;
  channel: Channel;
  agent_id: string | null;
  group_id: string | null;
  organization_id: string;
  created_at: string;
  resolved_at: string;
  /** Null without an SLA, or when the response clock has not stopped. */
  response_business_minutes: number | null;
  response_wall_minutes: number | null;
  resolution_business_minutes: number | null;
  resolution_wall_minutes: number | null;
  response_breached: boolean | null;
  resolution_breached: boolean | null;
  /** The parent ticket it was linked to (its clocks are the parent's), if any. */
  linked_to_parent: boolean;
};

const minutes = (x: number) => Math.round(x * 100) / 100;

/** Tickets resolved in the period, oldest resolution first, each with its response and resolution times and breach flags. */
export function resolvedTickets(tickets: readonly TicketFacts[]): ResolvedTicketRow[] {
  return tickets
    .filter((t) => t.resolvedInPeriod)
    .sort((a, b) => a.resolvedAt! - b.resolvedAt! || a.number - b.number)
    .map((t) => {
      const response = t.response?.state === "stopped" ? t.response : null;
      const resolution = t.resolution?.state === "stopped" ? t.resolution : null;
      return {
        ticket_id: t.id,
        number: t.number,
        subject: t.state.subject,
        priority: t.priority,
        channel: t.state.channel,
        agent_id: t.state.assigneeId,
        group_id: t.state.groupId,
        organization_id: t.state.organizationId,
        created_at: t.state.createdAt.toISOString(),
        resolved_at: new Date(t.resolvedAt!).toISOString(),
        response_business_minutes: response ? minutes(businessMinutes(response)) : null,
        response_wall_minutes: response ? minutes(wallMinutes(response)) : null,
        resolution_business_minutes: resolution ? minutes(businessMinutes(resolution)) : null,
        resolution_wall_minutes: resolution ? minutes(wallMinutes(resolution)) : null,
        response_breached: t.response ? t.response.outcome === "breached" : null,
        resolution_breached: t.resolution ? t.resolution.outcome === "breached" : null,
        linked_to_parent: t.linked,
      };
    });
}
