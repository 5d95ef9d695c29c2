import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { authorizeWhatsapp } from "./whatsapp.policy.ts";
import { listTemplatesUnscoped } from "./whatsapp.store.ts";

/** The templates staff may send (agents pick one outside the window; admins manage them). */
export async function listWhatsappTemplates(deps: Deps, actor: Actor) {
  authorizeWhatsapp(actor, "whatsapp.ticket");
  return { items: await listTemplatesUnscoped(deps.db) };
}
