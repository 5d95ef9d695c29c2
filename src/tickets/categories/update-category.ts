import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { applyPatch, changedValues, diffFields, hasChanges } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { authorize } from "../../identity/directory.policy.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import { identityError } from "../../identity/identity.errors.ts";
import { CATEGORY_FIELDS } from "./create-category.ts";
import { lockCategory, updateCategoryRow } from "../routing/routing.store.ts";
import { ticketResourceNotFound } from "../ticket.errors.ts";

export type CategoryPatch = { name?: string; nameUr?: string | null; description?: string };

/** Renames or redescribes a ticket category (admin); names stay unique. Audited. */
export async function updateCategory(
  deps: Pick<Deps, "db" | "clock" | "referenceChanged">,
  actor: Actor,
  id: string,
  patch: CategoryPatch,
) {
  authorize(actor, "category.write");
  const row = await deps.db.transaction(async (tx) => {
    const before = await lockCategory(tx, id);
    if (!before) throw ticketResourceNotFound("CATEGORY_NOT_FOUND", "params.id");
    // An empty Urdu name is no Urdu name.
    const after = applyPatch(before, patch.nameUr === undefined ? patch : { ...patch, nameUr: patch.nameUr || null });
    const changes = diffFields(before, after, CATEGORY_FIELDS);
    if (!hasChanges(changes)) return before;
    const row = await updateCategoryRow(tx, id, changedValues(after, changes)).catch((error: unknown) => {
      throw isUniqueViolation(error) ? identityError("NAME_TAKEN", "body.name") : error;
    });
    await recordAudit(
      tx,
      actor,
      { action: "category.updated", entity: "category", entityId: id, changes },
      deps.clock.now(),
    );
    return row;
  });
  // Ticket writes check categories against every process's reference cache: drop it there, not after the TTL.
  await deps.referenceChanged();
  return row;
}
