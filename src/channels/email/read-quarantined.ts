import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { mailError } from "./mail.errors.ts";
import { quarantinedRawUnscoped } from "./mail.store.ts";
import { authorizeMail } from "./mail.policy.ts";

/** The bytes of a quarantined mail exactly as they arrived, for an admin to read before releasing or discarding it. */
export async function readQuarantined(deps: Deps, actor: Actor, id: string): Promise<Buffer> {
  authorizeMail(actor, "mail.admin");
  const row = await quarantinedRawUnscoped(deps.db, id);
  if (!row) throw mailError("QUARANTINE_NOT_FOUND", "params.id");
  return row.raw;
}
