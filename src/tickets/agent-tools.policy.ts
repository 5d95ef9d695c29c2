import { hasScope, isStaff, type Actor } from "../identity/actor.ts";
import { identityError } from "../identity/identity.errors.ts";
import type { TokenScope } from "../shared/enums.ts";
import { ticketError } from "./ticket.errors.ts";

/** What can be done with the tools around tickets (each ticket touched still answers to ticket.policy). */
export type AgentToolAction =
  | "live.read" // follow live updates of the tickets one may read
  | "view.read" // the queue's views and their counts
  | "view.write" // one's own saved views
  | "cannedResponse.read"
  | "cannedResponse.write"
  | "ticket.bulkUpdate";

function roleAllows(actor: Actor, action: AgentToolAction): boolean {
  switch (action) {
    case "live.read":
      return true;
    case "view.read":
    case "view.write":
    case "cannedResponse.read":
    case "ticket.bulkUpdate":
      return isStaff(actor);
    case "cannedResponse.write":
      return actor.role === "manager" || actor.role === "admin";
  }
}

const SCOPE: Record<AgentToolAction, TokenScope> = {
  "live.read": "tickets:read",
  "view.read": "tickets:read",
  "view.write": "tickets:write",
  "cannedResponse.read": "tickets:read",
  "cannedResponse.write": "tickets:write",
  "ticket.bulkUpdate": "tickets:write",
};

/** Whether the actor may take the action: the role must allow it and the credential carry its scope. */
export function canUseTool(actor: Actor, action: AgentToolAction): boolean {
  return roleAllows(actor, action) && hasScope(actor, SCOPE[action]);
}

/**
 * Throws unless the actor may take the action, deny by default: FORBIDDEN for the role (bulk changes say so in
 * the tickets' own words), SCOPE_MISSING for a token without the scope.
 */
export function authorizeTool(actor: Actor, action: AgentToolAction): void {
  if (!roleAllows(actor, action))
    throw action === "ticket.bulkUpdate" ? ticketError("TICKET_ACTION_FORBIDDEN") : identityError("FORBIDDEN");
  if (!hasScope(actor, SCOPE[action])) throw identityError("SCOPE_MISSING");
}
