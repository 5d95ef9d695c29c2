import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import type { TicketEvent } from "../ticket/events.ts";
import type { LoadedTicket } from "../ticket/get-ticket.ts";
import { statusAfterReply } from "../ticket/ticket.ts";
import { openMessage, recordMessage, type MessageInput } from "./message.ts";

/**
 * Adds a public reply, visible to the requester, to a ticket named by id or number, moving the status as
 * statusAfterReply says (staff answering a new ticket open it; a requester's answer reopens it).
 */
export function replyToTicket(deps: Deps, actor: Actor, ref: string, input: MessageInput): Promise<LoadedTicket> {
  return deps.db.transaction(async (tx) => {
    const { row, at, actorId, data } = await openMessage(deps, tx, actor, ref, input, "reply");
    const events: TicketEvent[] = [{ type: "replied", at, actorId, data }];
    const nextStatus = statusAfterReply(row.status, data.fromStaff);
    if (nextStatus) {
      const reason = data.fromStaff ? "agent replied" : "requester replied";
      events.push({
        type: "changed",
        at,
        actorId,
        data: { changes: [{ field: "status", from: row.status, to: nextStatus }], reason },
      });
    }
    return recordMessage(deps, tx, row, events);
  });
}
