import { hasScope, isStaff, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";

/**
 * What can be done with the WhatsApp channel: its administration (numbers, templates), and staff's ticket work:
 * reading a ticket's conversation, sending on it (a write: an API token needs tickets:write).
 */
export type WhatsappAction = "whatsapp.admin" | "whatsapp.ticket" | "whatsapp.send";

/** Throws FORBIDDEN or SCOPE_MISSING unless the actor may (deny by default): admins administer, staff work tickets. */
export function authorizeWhatsapp(actor: Actor, action: WhatsappAction): void {
  if (action === "whatsapp.admin") {
    if (actor.role !== "admin") throw identityError("FORBIDDEN");
    if (!hasScope(actor, "admin")) throw identityError("SCOPE_MISSING");
    return;
  }
  if (!isStaff(actor)) throw identityError("FORBIDDEN");
  if (action === "whatsapp.send" && !hasScope(actor, "tickets:write")) throw identityError("SCOPE_MISSING");
}
