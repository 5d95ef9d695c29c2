import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { mailError } from "./mail.errors.ts";
import { deleteMailboxRow, lockMailboxUnscoped } from "./mail.store.ts";
import { mailboxChanges } from "./mailbox-changes.ts";
import { authorizeMail } from "./mail.policy.ts";

/**
 * An admin deletes a mailbox: it takes no more mail (SMTP answers 550 for it; an IMAP poller lets it go, its lease row
 * going with it), while the tickets its mail opened keep that mail — their inbound rows and quarantined mail merely
 * lose the link to it, and replies on them leave from the first active mailbox. Audited with what the mailbox was
 * (the IMAP secret only as "[changed]").
 */
export async function deleteMailbox(deps: Pick<Deps, "db" | "clock">, actor: Actor, id: string): Promise<void> {
  authorizeMail(actor, "mail.admin");
  await deps.db.transaction(async (tx) => {
    const before = await lockMailboxUnscoped(tx, id);
    if (!before) throw mailError("MAILBOX_NOT_FOUND", "params.id");
    await deleteMailboxRow(tx, id);
    await recordAudit(
      tx,
      actor,
      { action: "mailbox.deleted", entity: "mailbox", entityId: id, changes: mailboxChanges(before, null) },
      deps.clock.now(),
    );
  });
}
