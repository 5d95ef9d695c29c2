import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { diffFields } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { mailError } from "./mail.errors.ts";
import { deleteBouncingAddress, lockBouncingAddressUnscoped } from "./mail.store.ts";
import { authorizeMail } from "./mail.policy.ts";

const FIELDS = ["reason", "ticketId", "lastBounceAt"] as const;

/**
 * An admin clears a bouncing address (the mailbox was fixed, the person is back): acknowledgements and replies go to
 * it again. Audited with what the bounce record said; the next bounce marks it again.
 */
export async function clearBouncing(deps: Pick<Deps, "db" | "clock">, actor: Actor, address: string): Promise<void> {
  authorizeMail(actor, "mail.admin");
  await deps.db.transaction(async (tx) => {
    const before = await lockBouncingAddressUnscoped(tx, address);
    if (!before) throw mailError("BOUNCING_ADDRESS_NOT_FOUND", "params.address");
    await deleteBouncingAddress(tx, before.address);
    await recordAudit(
      tx,
      actor,
      {
        action: "bouncing_address.cleared",
        entity: "bouncing_address",
        entityId: before.address,
        changes: diffFields(before, null, FIELDS),
      },
      deps.clock.now(),
    );
  });
}
