import type { Deps } from "../context.ts";
import type { Actor } from "./actor.ts";
import { authorize } from "./directory.policy.ts";
import { findPeople, type PeopleFilters } from "./directory.store.ts";

/** A page of the people the actor may see: staff everyone; a requester themselves, or their organization as its manager. */
export async function listPeople(deps: Pick<Deps, "db">, actor: Actor, filters: PeopleFilters) {
  authorize(actor, "person.read");
  return findPeople(deps.db, actor, filters);
}
