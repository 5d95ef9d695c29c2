import { hasScope, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";

/** What can be done with the email channel's administration. */
export type MailAction = "mail.admin"; // mailboxes, quarantine, the outbox

/** Throws FORBIDDEN or SCOPE_MISSING unless the actor is an admin with the admin scope (deny by default). */
export function authorizeMail(actor: Actor, _action: MailAction): void {
  if (actor.role !== "admin") throw identityError("FORBIDDEN");
  if (!hasScope(actor, "admin")) throw identityError("SCOPE_MISSING");
}
