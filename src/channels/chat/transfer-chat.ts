import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { supportGroup } from "../../tickets/routing/reference-data.ts";
import { chatError } from "./chat.errors.ts";
import { notifyChat } from "./chat.live.ts";
import { authorizeChat } from "./chat.policy.ts";
import {
  findActiveStaffUnscoped,
  insertChatMessage,
  lockChatUnscoped,
  updateChat,
  type ChatRow,
} from "./chat.store.ts";
import { handChatTicket } from "./hand-chat-ticket.ts";

export type TransferTarget = { agentId?: string | undefined; groupId?: string | undefined };

/**
 * The agent holding a chat hands it on: to another agent, who holds it at once (with its ticket), or to a group, where
 * it waits in that group's queue (its ticket unassigned in the group). Exactly one target; the visitor is told.
 */
export async function transferChat(deps: Deps, actor: Actor, chatId: string, to: TransferTarget): Promise<ChatRow> {
  authorizeChat(actor, "chat.transfer");
  if ((to.agentId === undefined) === (to.groupId === undefined)) throw chatError("CHAT_TRANSFER_TARGET", "body");
  return deps.db.transaction(async (tx) => {
    const chat = await lockChatUnscoped(tx, chatId);
    if (!chat) throw chatError("CHAT_NOT_FOUND", "params.id");
    if (chat.state === "ended") throw chatError("CHAT_ENDED");
    if (chat.agentId !== actor.personId && actor.role === "agent") throw chatError("CHAT_NOT_YOURS");
    const now = deps.clock.now();
    let updated: ChatRow;
    let note: string;
    if (to.agentId !== undefined) {
      const target = await findActiveStaffUnscoped(tx, to.agentId);
      if (!target) throw chatError("CHAT_TRANSFER_TARGET", "body.agentId");
      await handChatTicket(deps, tx, actor, chat.ticketId, { agentId: target.id }, `Chat passed on by ${actor.name}`);
      updated = await updateChat(tx, chat.id, { state: "active", agentId: target.id, acceptedAt: now });
      note = `${actor.name} passed the chat to ${target.name}.`;
    } else {
      const group = await supportGroup(deps, tx, to.groupId!);
      if (!group) throw chatError("CHAT_TRANSFER_TARGET", "body.groupId");
      await handChatTicket(deps, tx, actor, chat.ticketId, { groupId: group.id }, `Chat passed on by ${actor.name}`);
      updated = await updateChat(tx, chat.id, { state: "waiting", agentId: null, groupId: group.id, acceptedAt: null });
      note = `${actor.name} passed the chat to ${group.name}; someone will be with you shortly.`;
    }
    const said = await insertChatMessage(tx, {
      sessionId: chat.id,
      sender: "system",
      senderName: "Frontline",
      body: note,
      createdAt: now,
    });
    await notifyChat(
      tx,
      { kind: "message", chatId: chat.id, id: said.id },
      { kind: "state", chatId: chat.id, state: updated.state },
    );
    return updated;
  });
}
