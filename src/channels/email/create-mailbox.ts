import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import { findGroupOf } from "../../identity/group.store.ts";
import type { Priority } from "../../shared/enums.ts";
import { mailError } from "./mail.errors.ts";
import { insertMailbox } from "./mail.store.ts";
import type { ImapSettings } from "./mail.tables.ts";
import { mailboxChanges } from "./mailbox-changes.ts";
import { authorizeMail } from "./mail.policy.ts";

export type NewMailbox = {
  address: string;
  inboundKind: "smtp" | "imap" | "pipe";
  senderName: string;
  defaultGroupId: string | null;
  defaultPriority: Priority | null;
  /** How to poll it (inbound kind imap). */
  imap: ImapSettings | null;
};

/**
 * An admin adds a mailbox: mail to its address is taken (by the listener, IMAP or the pipe) and becomes tickets.
 * Audited with every field it starts with (the IMAP secret only as changed).
 */
export async function createMailbox(deps: Deps, actor: Actor, input: NewMailbox) {
  authorizeMail(actor, "mail.admin");
  if (input.defaultGroupId && !(await findGroupOf(deps.db, actor, input.defaultGroupId)))
    throw mailError("MAILBOX_GROUP_NOT_FOUND", "body.defaultGroupId");
  try {
    const created = await deps.db.transaction(async (tx) => {
      const row = await insertMailbox(tx, { ...input, address: input.address.toLowerCase() });
      await recordAudit(
        tx,
        actor,
        { action: "mailbox.created", entity: "mailbox", entityId: row.id, changes: mailboxChanges(null, row) },
        deps.clock.now(),
      );
      return row;
    });
    // The IMAP secret goes in, never out (as in the list).
    return { ...created, imap: created.imap ? { ...created.imap, secret: "********" } : null };
  } catch (error) {
    if (isUniqueViolation(error)) throw mailError("MAILBOX_ADDRESS_TAKEN", "body.address");
    throw error;
  }
}
