import type { Deps } from "../../context.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import { ensureDefaultChatChannel } from "./chat-channel.store.ts";

/** The channel every workspace starts with: the one chat.js without `data-channel`, and the portal, use. */
export const DEFAULT_CHAT_CHANNEL = { key: "website", name: "Website" } as const;

/**
 * Seeds the default chat channel at start when the workspace has none (like the remote tools and SLA defaults); a
 * workspace whose admins chose another default keeps it. Two processes racing may both try: the loser's unique
 * violation means the other one made it.
 */
export async function ensureChatChannels(deps: Pick<Deps, "db">): Promise<void> {
  try {
    await ensureDefaultChatChannel(deps.db, DEFAULT_CHAT_CHANNEL);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}
