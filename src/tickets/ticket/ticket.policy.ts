import { hasScope, isStaff, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";
import { ticketError } from "../ticket.errors.ts";

/** The facts about a ticket that decide who may touch it. */
export type TicketAccess = {
  requesterId: string;
  organizationId: string;
  groupId: string | null;
  assigneeId: string | null;
  /** Everyone who worked on it (events.ts): staff among them keep reading it after it moved on. */
  followerIds: readonly string[];
};

export type TicketAction = "read" | "reply" | "note" | "update" | "attach";

/** An agent who holds the ticket: its assignee or a member of its group. */
function holds(actor: Actor, ticket: TicketAccess): boolean {
  return ticket.assigneeId === actor.personId || (ticket.groupId !== null && actor.groupIds.includes(ticket.groupId));
}

/** Whether the actor may see the ticket at all: the same rule the store's scoped queries apply in SQL. */
export function canSee(actor: Actor, ticket: TicketAccess): boolean {
  switch (actor.role) {
    case "admin":
    case "manager":
      return true;
    case "agent":
      // Followers keep sight of what they worked on: an escalation hands a ticket on, it does not take it away.
      return holds(actor, ticket) || ticket.followerIds.includes(actor.personId);
    case "requester":
      return (
        ticket.requesterId === actor.personId || (actor.orgManager && ticket.organizationId === actor.organizationId)
      );
  }
}

/**
 * What an agent who only follows a ticket (worked on it, no longer holds it) may do: read it and add internal notes
 * with files, as Zendesk lets staff CCs comment privately. Speaking to the requester and changing the ticket stay with
 * the group and the assignee who hold it, so the requester hears one voice. (ADR docs/decisions/0005.)
 */
const FOLLOWER_ACTIONS: ReadonlySet<TicketAction> = new Set(["read", "note", "attach"]);

/**
 * Who may do what to a ticket, deny by default: admins, managers and the agents who hold it may do everything;
 * agents who only follow it may do FOLLOWER_ACTIONS; a requester who can see it may read, reply and attach.
 * Token scopes narrow all of them.
 */
export function can(actor: Actor, action: TicketAction, ticket: TicketAccess): boolean {
  if (!canSee(actor, ticket)) return false;
  const scope = action === "read" ? "tickets:read" : "tickets:write";
  if (!hasScope(actor, scope)) return false;
  if (actor.role === "agent") return holds(actor, ticket) || FOLLOWER_ACTIONS.has(action);
  if (isStaff(actor)) return true;
  return action === "read" || action === "reply" || action === "attach";
}

/**
 * Throws unless the actor may act on the ticket: 404 when they cannot see it (its existence is not leaked),
 * 403 when they can see it but the token's scopes or their role rule the action out.
 */
export function authorize(actor: Actor, action: TicketAction, ticket: TicketAccess): void {
  if (can(actor, action, ticket)) return;
  if (!canSee(actor, ticket)) throw ticketError("TICKET_NOT_FOUND", "params.id");
  if (!hasScope(actor, action === "read" ? "tickets:read" : "tickets:write")) throw identityError("SCOPE_MISSING");
  throw ticketError("TICKET_ACTION_FORBIDDEN");
}

/** The actions the actor may take on a ticket, sent with it so the UI never re-derives the rules. */
export function abilities(actor: Actor, ticket: TicketAccess): Record<TicketAction, boolean> {
  return {
    read: can(actor, "read", ticket),
    reply: can(actor, "reply", ticket),
    note: can(actor, "note", ticket),
    update: can(actor, "update", ticket),
    attach: can(actor, "attach", ticket),
  };
}

/** Whether the actor may open tickets: anyone signed in with write access; requesters only for themselves. */
export function canCreate(actor: Actor, requesterId: string): boolean {
  if (!hasScope(actor, "tickets:write")) return false;
  return isStaff(actor) || requesterId === actor.personId;
}
