import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import { findGroupOf } from "../../identity/group.store.ts";
import type { Priority } from "../../shared/enums.ts";
import { mailError } from "./mail.errors.ts";
import { insertMailbox } from "./mail.store.ts";
import { authorizeMail } from "./mail.policy.ts";

export type NewMailbox = {
  address: string;
  inboundKind: "smtp" | "imap" | "pipe";
  senderName: string;
  defaultGroupId: string | null;
  defaultPriority: Priority | null;
};

/** An admin adds a mailbox: mail to its address is taken (by the listener, IMAP or the pipe) and becomes tickets. */
export async function createMailbox(deps: Deps, actor: Actor, input: NewMailbox) {
  authorizeMail(actor, "mail.admin");
  if (input.defaultGroupId && !(await findGroupOf(deps.db, actor, input.defaultGroupId))) throw mailError("MAILBOX_GROUP_NOT_FOUND", "body.defaultGroupId");
  try {
    return await deps.db.transaction((tx) => insertMailbox(tx, { ...input, address: input.address.toLowerCase() }));
  } catch (error) {
    if (isUniqueViolation(error)) throw mailError("MAILBOX_ADDRESS_TAKEN", "body.address");
    throw error;
  }
}
