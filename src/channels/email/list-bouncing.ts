import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { bouncingAddressesUnscoped } from "./mail.store.ts";
import { authorizeMail } from "./mail.policy.ts";

/** Addresses our mail bounced from (no more acknowledgements go to them), latest first (admins). */
export async function listBouncing(deps: Deps, actor: Actor) {
  authorizeMail(actor, "mail.admin");
  return bouncingAddressesUnscoped(deps.db, 500);
}
