import type { Deps } from "../context.ts";
import type { Actor } from "./actor.ts";
import { authorize } from "./directory.policy.ts";
import { findGroupOf } from "./group.store.ts";
import { identityError } from "./identity.errors.ts";

/** One support group with its members, for staff only. */
export async function getGroup(deps: Pick<Deps, "db">, actor: Actor, id: string) {
  authorize(actor, "group.read");
  const row = await findGroupOf(deps.db, actor, id);
  if (!row) throw identityError("GROUP_NOT_FOUND", "params.id");
  return row;
}
