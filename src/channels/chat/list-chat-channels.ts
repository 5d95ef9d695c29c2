import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { authorizeChat } from "./chat.policy.ts";
import { listChatChannelsUnscoped, type ChatChannelRow } from "./chat-channel.store.ts";

/** The chat channels, for the admins who manage them (the default first). */
export async function listChatChannels(deps: Deps, actor: Actor): Promise<ChatChannelRow[]> {
  authorizeChat(actor, "chat.channels");
  return listChatChannelsUnscoped(deps.db);
}
