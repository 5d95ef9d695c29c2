import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { applyPatch, changedValues, diffFields, hasChanges } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import { articleError } from "../article/article.errors.ts";
import { authorizeArticles } from "../article/article.policy.ts";
import { KB_CATEGORY_FIELDS } from "./create-kb-category.ts";
import { lockKbCategory, updateKbCategoryRow, type KbCategoryRow } from "./kb-category.store.ts";

/** Renames a knowledge base category or sets its Urdu name (staff). Audited. */
export async function updateKbCategory(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  patch: { name?: string; nameUr?: string | null },
): Promise<KbCategoryRow> {
  authorizeArticles(actor, "article.write");
  return deps.db.transaction(async (tx) => {
    const before = await lockKbCategory(tx, id);
    if (!before) throw articleError("KB_CATEGORY_NOT_FOUND", "params.id");
    const after = applyPatch(before, patch);
    const changes = diffFields(before, after, KB_CATEGORY_FIELDS);
    if (!hasChanges(changes)) return before;
    const row = await updateKbCategoryRow(tx, id, changedValues(after, changes)).catch((error: unknown) => {
      throw isUniqueViolation(error) ? articleError("KB_CATEGORY_NAME_TAKEN", "body.name") : error;
    });
    const now = deps.clock.now();
    await recordAudit(tx, actor, { action: "kb_category.updated", entity: "kb_category", entityId: id, changes }, now);
    return row;
  });
}
