import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { hasChanges } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import { findGroupOf } from "../../identity/group.store.ts";
import type { NewMailbox } from "./create-mailbox.ts";
import { mailError } from "./mail.errors.ts";
import { lockMailboxUnscoped, updateMailboxRow } from "./mail.store.ts";
import type { ImapSettings } from "./mail.tables.ts";
import { mailboxChanges } from "./mailbox-changes.ts";
import { authorizeMail } from "./mail.policy.ts";

export type MailboxChange = Partial<Omit<NewMailbox, "imap"> & { active: boolean }> & {
  /** Merged into the stored settings (a left-out secret keeps the stored one); null removes them. */
  imap?: Partial<ImapSettings> | null;
};

// What polling cannot do without, in the order an admin fills them in.
const IMAP_REQUIRED = ["host", "port", "user", "secret", "folder", "afterImport"] as const;

/**
 * The IMAP settings a change leaves a mailbox with; a mailbox that is (or becomes) polled must have them all, and a
 * move its target folder — else the change is refused naming the first missing field.
 */
function imapAfter(stored: ImapSettings | null, change: MailboxChange, kind: NewMailbox["inboundKind"]) {
  const merged = change.imap === null ? null : change.imap ? { ...stored, ...change.imap } : stored;
  if (kind !== "imap") return merged as ImapSettings | null;
  for (const field of IMAP_REQUIRED)
    if (merged?.[field] === undefined || merged[field] === "")
      throw mailError("MAILBOX_IMAP_INCOMPLETE", `body.imap.${field}`);
  if (merged!.afterImport === "move" && !merged!.moveTo) throw mailError("MAILBOX_IMAP_INCOMPLETE", "body.imap.moveTo");
  return { tls: true, ...merged } as ImapSettings;
}

/**
 * An admin edits a mailbox: its address, how mail arrives, the sender name, what its tickets open with, on or off.
 * Audited field by field (the IMAP secret only as changed); an edit that changes nothing writes no audit row.
 */
export async function updateMailbox(deps: Deps, actor: Actor, id: string, change: MailboxChange) {
  authorizeMail(actor, "mail.admin");
  if (change.defaultGroupId && !(await findGroupOf(deps.db, actor, change.defaultGroupId)))
    throw mailError("MAILBOX_GROUP_NOT_FOUND", "body.defaultGroupId");
  try {
    const row = await deps.db.transaction(async (tx) => {
      const before = await lockMailboxUnscoped(tx, id);
      if (!before) throw mailError("MAILBOX_NOT_FOUND", "params.id");
      const imap = imapAfter(before.imap, change, change.inboundKind ?? before.inboundKind);
      const after = await updateMailboxRow(tx, id, {
        ...change,
        imap,
        ...(change.address ? { address: change.address.toLowerCase() } : {}),
      });
      if (!after) return undefined;
      const changes = mailboxChanges(before, after);
      if (hasChanges(changes))
        await recordAudit(
          tx,
          actor,
          { action: "mailbox.updated", entity: "mailbox", entityId: id, changes },
          deps.clock.now(),
        );
      return after;
    });
    if (!row) throw mailError("MAILBOX_NOT_FOUND", "params.id");
    const { imap, ...box } = row;
    return { ...box, imap: imap ? { ...imap, secret: "********" } : null };
  } catch (error) {
    if (isUniqueViolation(error)) throw mailError("MAILBOX_ADDRESS_TAKEN", "body.address");
    throw error;
  }
}
