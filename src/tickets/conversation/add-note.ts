import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import type { LoadedTicket } from "../ticket/get-ticket.ts";
import { openMessage, recordMessage, type MessageInput } from "./message.ts";

/** Adds an internal note, never shown to the requester, to a ticket named by id or number. */
export function addNote(deps: Deps, actor: Actor, ref: string, input: MessageInput): Promise<LoadedTicket> {
  return deps.db.transaction(async (tx) => {
    const { row, at, actorId, data } = await openMessage(deps, tx, actor, ref, input, "note");
    return recordMessage(deps, tx, row, [{ type: "noted", at, actorId, data }]);
  });
}
