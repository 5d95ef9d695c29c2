import { hasScope, isStaff, type Actor } from "../identity/actor.ts";
import { identityError } from "../identity/identity.errors.ts";
import { ticketError } from "../tickets/ticket.errors.ts";
import type { TokenScope } from "../shared/enums.ts";

/** What can be done to SLA settings and escalations. */
export type SlaAction =
  | "settings.read" // calendars, policies, group targets
  | "preview" // the targets a new ticket would get (requesters: their own organization's, before they submit)
  | "settings.write"
  | "ticketSla.read" // a visible ticket's OLA and escalations
  | "escalation.create"
  | "escalation.list" // the workspace-wide escalation log
  | "notification.read"
  | "notification.write";

// Settings are reference data for anyone working tickets, so a tickets scope opens them as well.
const SCOPES: Record<SlaAction, readonly TokenScope[]> = {
  "settings.read": ["directory:read", "tickets:read"],
  preview: ["directory:read", "tickets:read"],
  "settings.write": ["directory:write"],
  "ticketSla.read": ["tickets:read"],
  "escalation.create": ["tickets:write"],
  "escalation.list": ["tickets:read"],
  "notification.read": ["tickets:read"],
  "notification.write": ["tickets:read", "tickets:write"],
};

function roleAllows(actor: Actor, action: SlaAction): boolean {
  switch (action) {
    case "settings.read":
    case "ticketSla.read":
    case "escalation.create":
      return isStaff(actor);
    case "settings.write":
      return actor.role === "admin";
    case "escalation.list":
      return actor.role === "manager" || actor.role === "admin";
    case "preview":
    case "notification.read":
    case "notification.write":
      return true;
  }
}

/** Whether the actor may take the action: the role must allow it and the credential carry one of its scopes. */
export function canSla(actor: Actor, action: SlaAction): boolean {
  return roleAllows(actor, action) && SCOPES[action].some((s) => hasScope(actor, s));
}

/** Throws FORBIDDEN or SCOPE_MISSING unless the actor may take the action (deny by default). */
export function authorizeSla(actor: Actor, action: SlaAction): void {
  if (!roleAllows(actor, action)) throw identityError("FORBIDDEN");
  if (!SCOPES[action].some((s) => hasScope(actor, s))) throw identityError("SCOPE_MISSING");
}

/**
 * The same check for an action on a ticket the actor can already see, answered the way ticket routes answer:
 * TICKET_ACTION_FORBIDDEN when the role rules it out, SCOPE_MISSING when the token does.
 */
export function authorizeOnTicket(actor: Actor, action: "ticketSla.read" | "escalation.create"): void {
  if (!roleAllows(actor, action)) throw ticketError("TICKET_ACTION_FORBIDDEN");
  if (!SCOPES[action].some((s) => hasScope(actor, s))) throw identityError("SCOPE_MISSING");
}
