import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { mailError } from "./mail.errors.ts";
import { lockQuarantineUnscoped, resolveQuarantine } from "./mail.store.ts";
import { authorizeMail } from "./mail.policy.ts";

/** An admin decides a quarantined mail is not a request: it is marked discarded (kept, never silently deleted). */
export async function discardQuarantined(deps: Deps, actor: Actor, id: string): Promise<void> {
  authorizeMail(actor, "mail.admin");
  await deps.db.transaction(async (tx) => {
    const row = await lockQuarantineUnscoped(tx, id);
    if (!row) throw mailError("QUARANTINE_NOT_FOUND", "params.id");
    if (row.resolvedAt) throw mailError("QUARANTINE_ALREADY_RESOLVED", "params.id");
    await resolveQuarantine(tx, id, { resolution: "discarded", resolvedAt: deps.clock.now() });
  });
}
