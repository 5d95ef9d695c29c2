import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import { chatError } from "./chat.errors.ts";
import { authorizeChat, seesWaitingChat } from "./chat.policy.ts";
import { findChatUnscoped, listChatMessagesUnscoped, type ChatMessageRow, type ChatRow } from "./chat.store.ts";

/** The most messages one read returns; a client behind by more reads again from the last id it got. */
export const CHAT_PAGE = 200;

/** Who reads a chat: its visitor (token already checked against this chat id) or staff. */
export type ChatReader = { kind: "visitor" } | { kind: "agent"; actor: Actor };

/**
 * The chat, if the reader may follow it: its visitor always; an agent when they hold it or may take it from their
 * queue; managers and admins any. Anyone else is told it does not exist.
 */
export async function openChatFor(db: Db, reader: ChatReader, chatId: string): Promise<ChatRow> {
  if (reader.kind === "agent") authorizeChat(reader.actor, "chat.queue");
  const chat = await findChatUnscoped(db, chatId);
  if (!chat) throw chatError("CHAT_NOT_FOUND", "params.id");
  if (reader.kind === "visitor") return chat;
  const { actor } = reader;
  const holds = chat.agentId === actor.personId;
  if (holds || actor.role !== "agent" || (chat.state === "waiting" && seesWaitingChat(actor, chat))) return chat;
  throw chatError("CHAT_NOT_FOUND", "params.id");
}

/** A chat and its messages after a server id (0: from the start), at most CHAT_PAGE of them. */
export async function readChat(
  deps: Deps,
  reader: ChatReader,
  chatId: string,
  afterId: number,
): Promise<{ chat: ChatRow; messages: ChatMessageRow[] }> {
  const chat = await openChatFor(deps.db, reader, chatId);
  return { chat, messages: await listChatMessagesUnscoped(deps.db, chat.id, afterId, CHAT_PAGE) };
}
