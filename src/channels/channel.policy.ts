import { hasScope, isStaff, type Actor } from "../identity/actor.ts";
import { identityError } from "../identity/identity.errors.ts";
import type { TokenScope } from "../shared/enums.ts";
import { ticketError } from "../tickets/ticket.errors.ts";

/** What can be done with channels and telephone calls. */
export type ChannelAction =
  | "channel.read" // how each channel is offered (requesters: the enabled ones)
  | "channel.write"
  | "call.lookup" // find a caller by number
  | "call.log" // log a call (and the ticket work it brings)
  | "chat.log" // log by hand a chat interaction held outside the desk (a WhatsApp group it is not in)
  | "call.read"; // a visible ticket's calls

// Channel settings are reference data every client of the API may need, so any read scope opens them.
const SCOPES: Record<ChannelAction, readonly TokenScope[]> = {
  "channel.read": ["directory:read", "tickets:read", "tickets:write"],
  "channel.write": ["directory:write"],
  "call.lookup": ["tickets:read"],
  "call.log": ["tickets:write"],
  "chat.log": ["tickets:write"],
  "call.read": ["tickets:read"],
};

function roleAllows(actor: Actor, action: ChannelAction): boolean {
  switch (action) {
    case "channel.read":
      return true;
    case "channel.write":
      return actor.role === "admin";
    case "call.lookup":
    case "call.log":
    case "chat.log":
    case "call.read":
      return isStaff(actor);
  }
}

/** Whether the actor may take the action: the role must allow it and the credential carry one of its scopes. */
export function canChannel(actor: Actor, action: ChannelAction): boolean {
  return roleAllows(actor, action) && SCOPES[action].some((s) => hasScope(actor, s));
}

/** Throws FORBIDDEN or SCOPE_MISSING unless the actor may take the action (deny by default). */
export function authorizeChannel(actor: Actor, action: ChannelAction): void {
  if (!roleAllows(actor, action)) throw identityError("FORBIDDEN");
  if (!SCOPES[action].some((s) => hasScope(actor, s))) throw identityError("SCOPE_MISSING");
}

/**
 * The same check for the calls of a ticket the actor can already see, answered the way ticket routes answer:
 * TICKET_ACTION_FORBIDDEN when the role rules it out (a requester), SCOPE_MISSING when the token does.
 */
export function authorizeCallsOnTicket(actor: Actor): void {
  if (!roleAllows(actor, "call.read")) throw ticketError("TICKET_ACTION_FORBIDDEN");
  if (!SCOPES["call.read"].some((s) => hasScope(actor, s))) throw identityError("SCOPE_MISSING");
}
