import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { authorizeMail } from "./mail.policy.ts";
import { listOutboundUnscoped } from "./outbound.store.ts";

/** Mail we sent or hold about tickets, newest first: with no SMTP_URL this is the local outbox, every row "queued" (admins). */
export async function listOutbox(deps: Deps, actor: Actor) {
  authorizeMail(actor, "mail.admin");
  return listOutboundUnscoped(deps.db, 200);
}
