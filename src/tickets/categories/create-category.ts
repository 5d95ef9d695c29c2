import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { diffFields } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { authorize } from "../../identity/directory.policy.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import { identityError } from "../../identity/identity.errors.ts";
import { insertCategoryRow } from "../routing/routing.store.ts";

export type NewCategory = { name: string; nameUr?: string | null; description?: string };

export const CATEGORY_FIELDS = ["name", "nameUr", "description"] as const;

/** Adds a ticket category (admin); names are unique. Audited. */
export async function createCategory(
  deps: Pick<Deps, "db" | "clock" | "referenceChanged">,
  actor: Actor,
  input: NewCategory,
) {
  authorize(actor, "category.write");
  const now = deps.clock.now();
  const row = await deps.db.transaction(async (tx) => {
    const row = await insertCategoryRow(tx, {
      name: input.name,
      nameUr: input.nameUr || null,
      description: input.description ?? "",
      createdAt: now,
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? identityError("NAME_TAKEN", "body.name") : error;
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "category.created",
        entity: "category",
        entityId: row.id,
        changes: diffFields(null, row, CATEGORY_FIELDS),
      },
      now,
    );
    return row;
  });
  // Ticket writes check categories against every process's reference cache: drop it there, not after the TTL.
  await deps.referenceChanged();
  return row;
}
