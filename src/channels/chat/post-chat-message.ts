import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import { listAttachmentsUnscoped } from "../../tickets/attachments/attachment.store.ts";
import { replyToTicket } from "../../tickets/conversation/reply-to-ticket.ts";
import { chatError } from "./chat.errors.ts";
import { notifyChat } from "./chat.live.ts";
import { authorizeChat } from "./chat.policy.ts";
import { insertChatMessage, lockChatUnscoped, type ChatMessageRow, type ChatRow } from "./chat.store.ts";
import { visitorActorOf } from "./chat-participants.ts";

export type ChatMessageInput = { body: string; attachmentIds?: string[] };

/** Who writes: the chat's visitor (their token was checked) or an agent (who must hold the chat). */
export type ChatAuthor = { kind: "visitor" } | { kind: "agent"; actor: Actor };

/**
 * A chat message, in one transaction with the ticket reply it is: the chat locked (ids commit in order), the reply
 * through the ticket's own reply path — so an agent's first answer is the ticket's first response and the SLA clocks
 * see it, and a visitor's words reopen a waiting ticket as any requester's reply does — then the chat's row and the
 * notice every process's streams hear on commit. An ended chat takes no more messages; only the agent holding the chat
 * writes in it for the desk.
 */
export async function postChatMessage(
  deps: Deps,
  chatId: string,
  author: ChatAuthor,
  input: ChatMessageInput,
): Promise<ChatMessageRow> {
  if (author.kind === "agent") authorizeChat(author.actor, "chat.reply");
  return deps.db.transaction(async (tx) => {
    const chat = await lockChatUnscoped(tx, chatId);
    if (!chat) throw chatError("CHAT_NOT_FOUND", "params.id");
    if (chat.state === "ended") throw chatError("CHAT_ENDED");
    if (author.kind === "agent" && chat.agentId !== author.actor.personId) throw chatError("CHAT_NOT_YOURS");
    const writer = author.kind === "agent" ? author.actor : await visitorActorOf(tx, chat);
    const attachmentIds = [...new Set(input.attachmentIds ?? [])];
    await replyToTicket({ ...deps, db: tx }, writer, chat.ticketId, {
      body: input.body,
      channel: "chat",
      attachmentIds,
    });
    const message = await insertChatMessage(tx, {
      sessionId: chat.id,
      sender: author.kind,
      senderId: author.kind === "agent" ? author.actor.personId : chat.signedIn ? chat.personId : null,
      senderName: author.kind === "agent" ? author.actor.name : chat.visitorName,
      body: input.body,
      attachments: await describeAttachments(tx, chat, attachmentIds),
      createdAt: deps.clock.now(),
    });
    await notifyChat(tx, { kind: "message", chatId: chat.id, id: message.id });
    return message;
  });
}

async function describeAttachments(tx: Db, chat: ChatRow, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await listAttachmentsUnscoped(tx, chat.ticketId, ids);
  return rows.map((a) => ({ id: a.id, filename: a.filename, contentType: a.contentType, size: a.size }));
}
