import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { diffFields } from "../../identity/audit.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import { whatsappError } from "./whatsapp.errors.ts";
import { authorizeWhatsapp } from "./whatsapp.policy.ts";
import { insertTemplate } from "./whatsapp.store.ts";

/**
 * An admin records a template Meta approved (its name, language and body parameters), so agents may send it outside
 * the 24-hour customer-service window; audited.
 */
export async function createWhatsappTemplate(
  deps: Deps,
  actor: Actor,
  input: { name: string; language: string; parameters: string[] },
) {
  authorizeWhatsapp(actor, "whatsapp.admin");
  try {
    return await deps.db.transaction(async (tx) => {
      const row = await insertTemplate(tx, input);
      const changes = diffFields(null, row, ["name", "language", "parameters", "active"]);
      const entry = {
        action: "whatsapp_template.created",
        entity: "whatsapp_template" as const,
        entityId: row.id,
        changes,
      };
      await recordAudit(tx, actor, entry, deps.clock.now());
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw whatsappError("WHATSAPP_TEMPLATE_TAKEN", "body.name");
    throw error;
  }
}
