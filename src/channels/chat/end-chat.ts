import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { chatError } from "./chat.errors.ts";
import { notifyChat } from "./chat.live.ts";
import { authorizeChat } from "./chat.policy.ts";
import { insertChatMessage, lockChatUnscoped, updateChat, type ChatRow } from "./chat.store.ts";

/**
 * Ends a chat, by its visitor (token checked) or by the agent holding it. The ticket stays as it is — its transcript is
 * its replies — for the agent to resolve as any other. Ending twice answers the same.
 */
export async function endChat(deps: Deps, chatId: string, by: { kind: "visitor" } | { kind: "agent"; actor: Actor }) {
  if (by.kind === "agent") authorizeChat(by.actor, "chat.reply");
  return deps.db.transaction(async (tx): Promise<ChatRow> => {
    const chat = await lockChatUnscoped(tx, chatId);
    if (!chat) throw chatError("CHAT_NOT_FOUND", "params.id");
    if (chat.state === "ended") return chat;
    if (by.kind === "agent" && chat.agentId !== by.actor.personId && by.actor.role === "agent")
      throw chatError("CHAT_NOT_YOURS");
    const now = deps.clock.now();
    const updated = await updateChat(tx, chat.id, { state: "ended", endedAt: now });
    const said = await insertChatMessage(tx, {
      sessionId: chat.id,
      sender: "system",
      senderName: "Frontline",
      body: by.kind === "visitor" ? `${chat.visitorName} left the chat.` : `${by.actor.name} ended the chat.`,
      createdAt: now,
    });
    await notifyChat(
      tx,
      { kind: "message", chatId: chat.id, id: said.id },
      { kind: "state", chatId: chat.id, state: "ended" },
    );
    return updated;
  });
}
