import type { Deps } from "../context.ts";
import type { Actor } from "./actor.ts";
import { authorize, can } from "./directory.policy.ts";
import { findOrganization } from "./directory.store.ts";
import { identityError } from "./identity.errors.ts";

/** One organization the actor may see; another organization is simply not found. */
export async function getOrganization(deps: Pick<Deps, "db">, actor: Actor, id: string) {
  authorize(actor, "organization.read");
  const row = await findOrganization(deps.db, actor, id);
  if (!row || !can(actor, "organization.read", { organizationId: row.id }))
    throw identityError("ORGANIZATION_NOT_FOUND", "params.id");
  return row;
}
