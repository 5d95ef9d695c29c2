import type { Deps } from "../context.ts";
import type { OrganizationKind } from "../shared/enums.ts";
import type { Actor } from "./actor.ts";
import { diffFields } from "./audit.ts";
import { recordAudit } from "./audit.store.ts";
import { authorize } from "./directory.policy.ts";
import { insertOrganizationRow, isUniqueViolation } from "./directory.store.ts";
import { identityError } from "./identity.errors.ts";

export type NewOrganization = { name: string; kind?: OrganizationKind; domain?: string | null };

export const ORGANIZATION_FIELDS = ["name", "kind", "domain"] as const;

/** Adds an organization (a client unless said otherwise); names are unique. Admins only, audited. */
export async function createOrganization(deps: Pick<Deps, "db" | "clock">, actor: Actor, input: NewOrganization) {
  authorize(actor, "organization.write");
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await insertOrganizationRow(tx, {
      name: input.name,
      kind: input.kind ?? "client",
      domain: input.domain ?? null,
      createdAt: now,
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? identityError("NAME_TAKEN", "body.name") : error;
    });
    const changes = diffFields(null, row, ORGANIZATION_FIELDS);
    await recordAudit(
      tx,
      actor,
      { action: "organization.created", entity: "organization", entityId: row.id, changes },
      now,
    );
    return row;
  });
}
