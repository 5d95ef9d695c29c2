import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { chatError } from "./chat.errors.ts";
import { notifyChat } from "./chat.live.ts";
import { authorizeChat, seesWaitingChat } from "./chat.policy.ts";
import { insertChatMessage, lockChatUnscoped, updateChat, type ChatRow } from "./chat.store.ts";
import { handChatTicket } from "./hand-chat-ticket.ts";

/**
 * An agent takes a waiting chat from their queue: the chat becomes theirs (the first to accept wins, the others get
 * CHAT_NOT_WAITING), its ticket is assigned to them, and the visitor is told who joined. An agent may hold several
 * chats at once.
 */
export async function acceptChat(deps: Deps, actor: Actor, chatId: string): Promise<ChatRow> {
  authorizeChat(actor, "chat.accept");
  return deps.db.transaction(async (tx) => {
    const chat = await lockChatUnscoped(tx, chatId);
    if (!chat || !seesWaitingChat(actor, chat)) throw chatError("CHAT_NOT_FOUND", "params.id");
    if (chat.state !== "waiting") throw chatError(chat.state === "ended" ? "CHAT_ENDED" : "CHAT_NOT_WAITING");
    const now = deps.clock.now();
    await handChatTicket(deps, tx, actor, chat.ticketId, { agentId: actor.personId }, `Taken in chat by ${actor.name}`);
    const updated = await updateChat(tx, chat.id, { state: "active", agentId: actor.personId, acceptedAt: now });
    const joined = await insertChatMessage(tx, {
      sessionId: chat.id,
      sender: "system",
      senderName: "Frontline",
      body: `${actor.name} joined the chat.`,
      createdAt: now,
    });
    await notifyChat(
      tx,
      { kind: "message", chatId: chat.id, id: joined.id },
      { kind: "state", chatId: chat.id, state: "active" },
    );
    return updated;
  });
}
