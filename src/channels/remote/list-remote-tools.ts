import type { Deps } from "../../context.ts";
import { isStaff, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";
import { findRemoteToolsUnscoped } from "./remote.store.ts";

/** The remote-access tools (staff: the active ones; admins every one, to edit them). */
export async function listRemoteTools(deps: Pick<Deps, "db">, actor: Actor) {
  if (!isStaff(actor)) throw identityError("FORBIDDEN");
  return findRemoteToolsUnscoped(deps.db, actor.role === "admin");
}
