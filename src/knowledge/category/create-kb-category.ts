import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { diffFields } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import type { Db } from "../../platform/db/database.ts";
import { articleError } from "../article/article.errors.ts";
import { authorizeArticles } from "../article/article.policy.ts";
import { insertKbCategoryRow, type KbCategoryRow } from "./kb-category.store.ts";

export type NewKbCategory = { name: string; nameUr?: string | null };

export const KB_CATEGORY_FIELDS = ["name", "nameUr"] as const;

/** Adds a category inside the caller's transaction (the import creates the ones its files name). Audited. */
export async function insertKbCategory(tx: Db, actor: Actor, input: NewKbCategory, now: Date): Promise<KbCategoryRow> {
  const row = await insertKbCategoryRow(tx, { name: input.name, nameUr: input.nameUr ?? null, createdAt: now }).catch(
    (error: unknown) => {
      throw isUniqueViolation(error) ? articleError("KB_CATEGORY_NAME_TAKEN", "body.name") : error;
    },
  );
  const changes = diffFields(null, row, KB_CATEGORY_FIELDS);
  await recordAudit(
    tx,
    actor,
    { action: "kb_category.created", entity: "kb_category", entityId: row.id, changes },
    now,
  );
  return row;
}

/** Adds a knowledge base category (staff); names are unique in any case. Audited. */
export async function createKbCategory(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: NewKbCategory,
): Promise<KbCategoryRow> {
  authorizeArticles(actor, "article.write");
  return deps.db.transaction((tx) => insertKbCategory(tx, actor, input, deps.clock.now()));
}
