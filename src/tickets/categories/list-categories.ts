import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { authorize } from "../../identity/directory.policy.ts";
import { findCategories } from "../routing/routing.store.ts";

/** Every ticket category: anyone signed in needs them to file a ticket. */
export async function listCategories(deps: Pick<Deps, "db">, actor: Actor) {
  authorize(actor, "category.read");
  return findCategories(deps.db);
}
