import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { openQuarantineUnscoped } from "./mail.store.ts";
import { authorizeMail } from "./mail.policy.ts";

/** Quarantined mail waiting for an admin, oldest first (admins). */
export async function listQuarantine(deps: Deps, actor: Actor) {
  authorizeMail(actor, "mail.admin");
  return openQuarantineUnscoped(deps.db, 500);
}
