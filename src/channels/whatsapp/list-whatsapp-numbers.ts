import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { presentNumber } from "./number-changes.ts";
import { environmentNumber } from "./whatsapp-numbers.ts";
import { authorizeWhatsapp } from "./whatsapp.policy.ts";
import { listNumbersUnscoped } from "./whatsapp.store.ts";

/** Every configured number (admins), secrets never; and the phone number id the environment configures, if any. */
export async function listWhatsappNumbers(deps: Deps, actor: Actor) {
  authorizeWhatsapp(actor, "whatsapp.admin");
  return {
    items: (await listNumbersUnscoped(deps.db)).map(presentNumber),
    environmentPhoneNumberId: environmentNumber(deps.config)?.phoneNumberId ?? null,
  };
}
