import type { Deps } from "../context.ts";
import type { Actor } from "./actor.ts";
import { authorize } from "./directory.policy.ts";
import { findOrganizations } from "./directory.store.ts";

/** The organizations the actor may see: staff every one, anyone else only their own. */
export async function listOrganizations(deps: Pick<Deps, "db">, actor: Actor) {
  authorize(actor, "organization.read");
  return findOrganizations(deps.db, actor);
}
