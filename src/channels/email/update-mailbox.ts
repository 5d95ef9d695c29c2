import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import { findGroupOf } from "../../identity/group.store.ts";
import type { NewMailbox } from "./create-mailbox.ts";
import { mailError } from "./mail.errors.ts";
import { updateMailboxRow } from "./mail.store.ts";
import { authorizeMail } from "./mail.policy.ts";

export type MailboxChange = Partial<NewMailbox & { active: boolean }>;

/** An admin edits a mailbox: its address, how mail arrives, the sender name, what its tickets open with, on or off. */
export async function updateMailbox(deps: Deps, actor: Actor, id: string, change: MailboxChange) {
  authorizeMail(actor, "mail.admin");
  if (change.defaultGroupId && !(await findGroupOf(deps.db, actor, change.defaultGroupId)))
    throw mailError("MAILBOX_GROUP_NOT_FOUND", "body.defaultGroupId");
  try {
    const row = await deps.db.transaction((tx) =>
      updateMailboxRow(tx, id, { ...change, ...(change.address ? { address: change.address.toLowerCase() } : {}) }),
    );
    if (!row) throw mailError("MAILBOX_NOT_FOUND", "params.id");
    const { imap, ...box } = row;
    return { ...box, imap: imap ? { ...imap, secret: "********" } : null };
  } catch (error) {
    if (isUniqueViolation(error)) throw mailError("MAILBOX_ADDRESS_TAKEN", "body.address");
    throw error;
  }
}
