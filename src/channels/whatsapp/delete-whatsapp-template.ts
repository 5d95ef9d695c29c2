import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { diffFields } from "../../identity/audit.ts";
import { whatsappError } from "./whatsapp.errors.ts";
import { authorizeWhatsapp } from "./whatsapp.policy.ts";
import { deleteTemplate } from "./whatsapp.store.ts";

/**
 * An admin removes a template (Meta withdrew it); audited with what it was. Messages sent with it keep their own copy
 * of its name and parameters, and their `whatsapp_template` events on the tickets stay.
 */
export async function deleteWhatsappTemplate(deps: Deps, actor: Actor, id: string): Promise<void> {
  authorizeWhatsapp(actor, "whatsapp.admin");
  await deps.db.transaction(async (tx) => {
    const before = await deleteTemplate(tx, id);
    if (!before) throw whatsappError("WHATSAPP_TEMPLATE_MISSING", "params.id");
    const entry = {
      action: "whatsapp_template.deleted",
      entity: "whatsapp_template" as const,
      entityId: id,
      changes: diffFields(before, null, ["name", "language", "parameters", "active"]),
    };
    await recordAudit(tx, actor, entry, deps.clock.now());
  });
}
