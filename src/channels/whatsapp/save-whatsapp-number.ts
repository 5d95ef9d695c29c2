import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { findOrganization, isUniqueViolation } from "../../identity/directory.store.ts";
import { findGroupOf } from "../../identity/group.store.ts";
import { numberChanges, presentNumber } from "./number-changes.ts";
import { whatsappError } from "./whatsapp.errors.ts";
import { authorizeWhatsapp } from "./whatsapp.policy.ts";
import { deleteNumber, findNumberUnscoped, insertNumber, updateNumber } from "./whatsapp.store.ts";

export type NumberInput = {
  phoneNumberId: string;
  number: string;
  displayName: string;
  defaultGroupId: string | null;
  defaultOrganizationId: string | null;
  accessToken: string;
  appSecret: string;
  verifyToken: string;
  active: boolean;
};

async function checkReferences(deps: Deps, actor: Actor, input: Partial<NumberInput>) {
  if (input.defaultGroupId && !(await findGroupOf(deps.db, actor, input.defaultGroupId)))
    throw whatsappError("WHATSAPP_GROUP_NOT_FOUND", "body.defaultGroupId");
  if (input.defaultOrganizationId && !(await findOrganization(deps.db, actor, input.defaultOrganizationId)))
    throw whatsappError("WHATSAPP_ORGANIZATION_NOT_FOUND", "body.defaultOrganizationId");
}

/** An admin adds a WhatsApp number (its webhooks are taken from then on); audited, secrets only as changed. */
export async function createWhatsappNumber(deps: Deps, actor: Actor, input: NumberInput) {
  authorizeWhatsapp(actor, "whatsapp.admin");
  await checkReferences(deps, actor, input);
  try {
    return await deps.db.transaction(async (tx) => {
      const row = await insertNumber(tx, input);
      const changes = numberChanges(null, row);
      const entry = {
        action: "whatsapp_number.created",
        entity: "whatsapp_number" as const,
        entityId: row.id,
        changes,
      };
      await recordAudit(tx, actor, entry, deps.clock.now());
      return presentNumber(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw whatsappError("WHATSAPP_NUMBER_TAKEN", "body.phoneNumberId");
    throw error;
  }
}

/** An admin changes a number (secrets left out stay as they are); audited. */
export async function updateWhatsappNumber(deps: Deps, actor: Actor, id: string, patch: Partial<NumberInput>) {
  authorizeWhatsapp(actor, "whatsapp.admin");
  await checkReferences(deps, actor, patch);
  try {
    return await deps.db.transaction(async (tx) => {
      const before = await findNumberUnscoped(tx, id);
      if (!before) throw whatsappError("WHATSAPP_NUMBER_NOT_FOUND", "params.id");
      const after = (await updateNumber(tx, id, patch))!;
      const changes = numberChanges(before, after);
      const entry = { action: "whatsapp_number.updated", entity: "whatsapp_number" as const, entityId: id, changes };
      await recordAudit(tx, actor, entry, deps.clock.now());
      return presentNumber(after);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw whatsappError("WHATSAPP_NUMBER_TAKEN", "body.phoneNumberId");
    throw error;
  }
}

/**
 * An admin removes a number: its webhooks are refused from then on (no app secret signs for it) and nothing more is
 * sent from it; its tickets and their conversations stay. Audited with what it was (secrets never).
 */
export async function deleteWhatsappNumber(deps: Deps, actor: Actor, id: string): Promise<void> {
  authorizeWhatsapp(actor, "whatsapp.admin");
  await deps.db.transaction(async (tx) => {
    const before = await deleteNumber(tx, id);
    if (!before) throw whatsappError("WHATSAPP_NUMBER_NOT_FOUND", "params.id");
    const entry = {
      action: "whatsapp_number.deleted",
      entity: "whatsapp_number" as const,
      entityId: id,
      changes: numberChanges(before, null),
    };
    await recordAudit(tx, actor, entry, deps.clock.now());
  });
}
