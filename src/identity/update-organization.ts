import type { Deps } from "../context.ts";
import type { Actor } from "./actor.ts";
import { applyPatch, changedValues, diffFields, hasChanges } from "./audit.ts";
import { recordAudit } from "./audit.store.ts";
import { ORGANIZATION_FIELDS } from "./create-organization.ts";
import { authorize } from "./directory.policy.ts";
import { isUniqueViolation, lockOrganization, updateOrganizationRow } from "./directory.store.ts";
import { identityError } from "./identity.errors.ts";
import type { OrganizationAddress } from "./identity.tables.ts";

export type OrganizationPatch = {
  name?: string;
  domain?: string | null;
  /** Its sites, the places onsite visits go to; the list replaces the one before. */
  addresses?: OrganizationAddress[];
};

// Addresses are edited here, not when an organization is added: a new organization starts with none.
const UPDATABLE_FIELDS = [...ORGANIZATION_FIELDS, "addresses"] as const;

/** Renames an organization, changes its email domain or its addresses; names stay unique. Admins only, audited. */
export async function updateOrganization(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  patch: OrganizationPatch,
) {
  authorize(actor, "organization.write");
  return deps.db.transaction(async (tx) => {
    const before = await lockOrganization(tx, actor, id);
    if (!before) throw identityError("ORGANIZATION_NOT_FOUND", "params.id");
    const after = applyPatch(before, patch);
    const changes = diffFields(before, after, UPDATABLE_FIELDS);
    if (!hasChanges(changes)) return before;
    const row = await updateOrganizationRow(tx, id, changedValues(after, changes)).catch((error: unknown) => {
      throw isUniqueViolation(error) ? identityError("NAME_TAKEN", "body.name") : error;
    });
    await recordAudit(
      tx,
      actor,
      { action: "organization.updated", entity: "organization", entityId: id, changes },
      deps.clock.now(),
    );
    return row;
  });
}
