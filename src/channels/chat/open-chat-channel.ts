import type { Db } from "../../platform/db/database.ts";
import { chatError } from "./chat.errors.ts";
import { findChatChannelUnscoped, type ChatChannelRow } from "./chat-channel.store.ts";

/**
 * The channel a chat arrives on: the widget's `data-channel` key, or the default channel when it names none. A key no
 * channel has, or a channel switched off, is refused (422 naming `body.channel`) before anything is stored.
 */
export async function openChatChannel(db: Db, key: string | undefined): Promise<ChatChannelRow> {
  const channel = await findChatChannelUnscoped(db, key);
  if (!channel) throw chatError("CHAT_CHANNEL_UNKNOWN", "body.channel");
  if (!channel.active) throw chatError("CHAT_CHANNEL_INACTIVE", "body.channel");
  return channel;
}
