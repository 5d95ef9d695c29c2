import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { findAttachmentUnscoped, listAttachmentsUnscoped } from "./attachment.store.ts";
import { getTicketHistory } from "../ticket/get-ticket.ts";
import { canSeeAttachment } from "../ticket/requester-view.policy.ts";
import { ticketError } from "../ticket.errors.ts";

/** The attachments of a ticket the actor may read that the requester-view policy lets them see, oldest first. */
export async function listAttachments(deps: Pick<Deps, "db">, actor: Actor, ref: string) {
  const { ticket, events } = await getTicketHistory(deps, actor, ref);
  const rows = await listAttachmentsUnscoped(deps.db, ticket.id);
  return rows.filter((row) => canSeeAttachment(actor, row, events));
}

/** One attachment the actor may see; one they may not is not found, like one that does not exist. */
export async function getAttachment(deps: Pick<Deps, "db">, actor: Actor, ref: string, attachmentId: string) {
  const { ticket, events } = await getTicketHistory(deps, actor, ref);
  const row = await findAttachmentUnscoped(deps.db, ticket.id, attachmentId);
  if (!row || !canSeeAttachment(actor, row, events)) throw ticketError("ATTACHMENT_NOT_FOUND", "params.attachmentId");
  return row;
}
