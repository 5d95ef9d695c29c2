import type { Deps } from "../context.ts";
import type { Actor } from "./actor.ts";
import { authorize, can } from "./directory.policy.ts";
import { findPerson } from "./directory.store.ts";
import { identityError } from "./identity.errors.ts";

/** One person the actor may see; anyone else is simply not found. */
export async function getPerson(deps: Pick<Deps, "db">, actor: Actor, id: string) {
  authorize(actor, "person.read");
  const row = await findPerson(deps.db, actor, id);
  if (!row || !can(actor, "person.read", { personId: row.id, organizationId: row.organizationId }))
    throw identityError("PERSON_NOT_FOUND", "params.id");
  return row;
}
