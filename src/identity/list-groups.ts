import type { Deps } from "../context.ts";
import type { Actor } from "./actor.ts";
import { authorize } from "./directory.policy.ts";
import { findGroups } from "./group.store.ts";

/** The support groups with their members, for staff only. */
export async function listGroups(deps: Pick<Deps, "db">, actor: Actor) {
  authorize(actor, "group.read");
  return findGroups(deps.db, actor);
}
