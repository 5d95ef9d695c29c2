import type { Deps } from "../../context.ts";
import { actorIdOf, isStaff, type Actor } from "../../identity/actor.ts";
import type { Channel, Status } from "../../shared/enums.ts";
import type { TicketEvent, TicketState } from "../ticket/events.ts";
import { attachmentsBelongTo, listAttachmentsUnscoped } from "../attachments/attachment.store.ts";
import { canSeeAttachment } from "../ticket/requester-view.policy.ts";
import { ticketError } from "../ticket.errors.ts";
import { authorize } from "../ticket/ticket.policy.ts";
import { loadEventsUnscoped, lockTicket, rowToState } from "../ticket/ticket.store.ts";
import { recordEvents } from "../ticket/record-events.ts";

export type MessageInput = {
  body: string;
  channel?: Channel;
  attachmentIds?: string[];
  /** Optional: when given, a stale version is refused (replies otherwise append without conflict). */
  version?: number;
};

/**
 * What a public reply does to the status: staff answering a new ticket open it; a requester
 * answering brings a pending or resolved ticket back to open (a reopen).
 */
export function statusAfterReply(status: Status, byStaff: boolean): Status | null {
  if (byStaff) return status === "new" ? "open" : null;
  return status === "pending" || status === "resolved" ? "open" : null;
}

/** Whether the actor may see every attachment they name (a requester cannot republish a file kept from them). */
async function attachmentsVisibleTo(tx: Deps["db"], actor: Actor, ticketId: string, ids: string[]): Promise<boolean> {
  if (ids.length === 0 || isStaff(actor)) return true;
  const events = await loadEventsUnscoped(tx, ticketId);
  return (await listAttachmentsUnscoped(tx, ticketId, ids)).every((a) => canSeeAttachment(actor, a, events));
}

async function addMessage(deps: Deps, actor: Actor, id: string, input: MessageInput, kind: "replied" | "noted"): Promise<TicketState> {
  return deps.db.transaction(async (tx) => {
    const row = await lockTicket(tx, actor, id);
    authorize(actor, kind === "replied" ? "reply" : "note", row);
    if (input.version !== undefined && input.version !== row.version) {
      throw ticketError("VERSION_CONFLICT", "body.version", { currentVersion: row.version, current: { id: row.id, number: row.number, ...rowToState(row) } });
    }
    if (row.status === "closed") throw ticketError("TICKET_CLOSED", "params.id");
    const attachmentIds = [...new Set(input.attachmentIds ?? [])];
    if (!(await attachmentsBelongTo(tx, id, attachmentIds))) throw ticketError("ATTACHMENT_NOT_FOUND", "body.attachmentIds");
    if (!(await attachmentsVisibleTo(tx, actor, id, attachmentIds))) throw ticketError("ATTACHMENT_NOT_FOUND", "body.attachmentIds");
    const at = deps.clock.now();
    const actorId = actorIdOf(actor);
    const channel = input.channel ?? (actor.via === "token" ? "api" : "portal");
    const events: TicketEvent[] = [{ type: kind, at, actorId, data: { body: input.body, channel, attachmentIds, fromStaff: isStaff(actor) } }];
    const nextStatus = kind === "replied" ? statusAfterReply(row.status, isStaff(actor)) : null;
    if (nextStatus) {
      const reason = isStaff(actor) ? "agent replied" : "requester replied";
      events.push({ type: "changed", at, actorId, data: { changes: [{ field: "status", from: row.status, to: nextStatus }], reason } });
    }
    return recordEvents(deps, tx, row, rowToState(row), events);
  });
}

/** Adds a public reply, visible to the requester, moving the status as statusAfterReply says. */
export function replyToTicket(deps: Deps, actor: Actor, id: string, input: MessageInput): Promise<TicketState> {
  return addMessage(deps, actor, id, input, "replied");
}

/** Adds an internal note, never shown to the requester. */
export function addNote(deps: Deps, actor: Actor, id: string, input: MessageInput): Promise<TicketState> {
  return addMessage(deps, actor, id, input, "noted");
}
