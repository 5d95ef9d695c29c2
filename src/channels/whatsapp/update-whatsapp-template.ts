import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { diffFields } from "../../identity/audit.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import { whatsappError } from "./whatsapp.errors.ts";
import { authorizeWhatsapp } from "./whatsapp.policy.ts";
import { findTemplateUnscoped, updateTemplate } from "./whatsapp.store.ts";

const FIELDS = ["name", "language", "parameters", "active"] as const;

/**
 * An admin corrects a template (Meta re-approved it with other parameters) or sets it aside (`active: false`: agents
 * no longer see it in the picker, and sending it is refused); audited. Messages already sent keep what they were.
 */
export async function updateWhatsappTemplate(
  deps: Deps,
  actor: Actor,
  id: string,
  patch: Partial<{ name: string; language: string; parameters: string[]; active: boolean }>,
) {
  authorizeWhatsapp(actor, "whatsapp.admin");
  try {
    return await deps.db.transaction(async (tx) => {
      const before = await findTemplateUnscoped(tx, id);
      if (!before) throw whatsappError("WHATSAPP_TEMPLATE_MISSING", "params.id");
      const after = (await updateTemplate(tx, id, patch))!;
      const entry = {
        action: "whatsapp_template.updated",
        entity: "whatsapp_template" as const,
        entityId: id,
        changes: diffFields(before, after, FIELDS),
      };
      await recordAudit(tx, actor, entry, deps.clock.now());
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw whatsappError("WHATSAPP_TEMPLATE_TAKEN", "body.name");
    throw error;
  }
}
