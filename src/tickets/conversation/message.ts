import type { Deps } from "../../context.ts";
import { actorIdOf, hasScope, isStaff, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";
import type { Channel } from "../../shared/enums.ts";
import { attachmentsBelongTo, listAttachmentsUnscoped } from "../attachments/attachment.store.ts";
import type { LoadedTicket } from "../ticket/get-ticket.ts";
import { canSeeAttachment } from "../ticket/requester-view.policy.ts";
import { ticketError } from "../ticket.errors.ts";
import { authorize } from "../ticket/ticket.policy.ts";
import { lockTicketByRef, loadEventsUnscoped, rowToState } from "../ticket/ticket.store.ts";
import type { TicketRow } from "../ticket.tables.ts";
import type { MessageData, TicketEvent } from "../ticket/events.ts";
import { recordEvents } from "../ticket/record-events.ts";
import { carrySlaGlance } from "../ticket/written-sla-glance.ts";
import { defaultChannel } from "../ticket/ticket.ts";

// What a reply (reply-to-ticket.ts) and an internal note (add-note.ts) share: the checks before a message is
// written and the event that records it. Each use case runs its own transaction around these.

export type MessageInput = {
  body: string;
  channel?: Channel;
  attachmentIds?: string[];
  /** Optional: when given, a stale version is refused (replies otherwise append without conflict). */
  version?: number;
  /** People who follow the ticket from this message on (those Cc'd on the mail it came as); the requester is skipped. */
  followerIds?: string[];
};

/** A ticket locked for a new message, and the message's facts. */
export type OpenedMessage = { row: TicketRow; at: Date; actorId: string | null; data: MessageData };

/** Whether the actor may see every attachment they name (a requester cannot republish a file kept from them). */
async function attachmentsVisibleTo(tx: Deps["db"], actor: Actor, ticketId: string, ids: string[]): Promise<boolean> {
  if (ids.length === 0 || isStaff(actor)) return true;
  const events = await loadEventsUnscoped(tx, ticketId);
  return (await listAttachmentsUnscoped(tx, ticketId, ids)).every((a) => canSeeAttachment(actor, a, events));
}

/**
 * Locks the ticket (by id or number, as the actor may see it: the one read of its row), checks that the actor may
 * add this kind of message, that the ticket is open to messages at the version named, and that every attachment
 * named belongs to the ticket and is visible to the actor.
 */
export async function openMessage(
  deps: Deps,
  tx: Deps["db"],
  actor: Actor,
  ref: string,
  input: MessageInput,
  action: "reply" | "note",
): Promise<OpenedMessage> {
  // As for reading it: a missing scope says nothing about any ticket, so it is named rather than hidden as 404.
  if (!hasScope(actor, "tickets:read")) throw identityError("SCOPE_MISSING");
  const row = await lockTicketByRef(tx, actor, ref);
  authorize(actor, action, row);
  if (input.version !== undefined && input.version !== row.version) {
    throw ticketError("VERSION_CONFLICT", "body.version", {
      currentVersion: row.version,
      current: { id: row.id, number: row.number, ...rowToState(row) },
    });
  }
  if (row.status === "closed") throw ticketError("TICKET_CLOSED", "params.id");
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  if (!(await attachmentsBelongTo(tx, row.id, attachmentIds)))
    throw ticketError("ATTACHMENT_NOT_FOUND", "body.attachmentIds");
  if (!(await attachmentsVisibleTo(tx, actor, row.id, attachmentIds)))
    throw ticketError("ATTACHMENT_NOT_FOUND", "body.attachmentIds");
  const followerIds = [...new Set(input.followerIds ?? [])].filter(
    (id) => id !== row.requesterId && !row.followerIds.includes(id),
  );
  const data = {
    body: input.body,
    channel: input.channel ?? defaultChannel(actor),
    attachmentIds,
    fromStaff: isStaff(actor),
    ...(followerIds.length > 0 ? { followerIds } : {}),
  };
  return { row, at: deps.clock.now(), actorId: actorIdOf(actor), data };
}

/** Records the message's events on the locked ticket and answers with the ticket as it now stands. */
export async function recordMessage(
  deps: Deps,
  tx: Deps["db"],
  row: TicketRow,
  events: readonly TicketEvent[],
): Promise<LoadedTicket> {
  const state = await recordEvents(deps, tx, row, rowToState(row), events);
  return carrySlaGlance(state, { id: row.id, number: row.number, ...state });
}
