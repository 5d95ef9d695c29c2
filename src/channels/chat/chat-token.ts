import type { Deps } from "../../context.ts";
import { signToken, verifyToken } from "../../platform/signing/signed-token.ts";
import { chatError } from "./chat.errors.ts";
import { chatTokenKey } from "./chat.store.ts";

/** How long a visitor's chat token lets them write and read their chat. */
export const CHAT_TOKEN_HOURS = 24;

const key = (deps: Pick<Deps, "db" | "cache">) => deps.cache.get("chat:token-key", () => chatTokenKey(deps.db));

/** The token that is the visitor's only key to their chat: it names the chat and nothing else. */
export async function chatToken(deps: Pick<Deps, "db" | "cache" | "clock">, chatId: string): Promise<string> {
  const expiresAt = new Date(deps.clock.now().getTime() + CHAT_TOKEN_HOURS * 3_600_000);
  return signToken(await key(deps), { chat: chatId }, expiresAt);
}

/**
 * The chat a token opens, if it names `chatId`: a token of another chat, an altered or an expired one opens nothing
 * (CHAT_TOKEN_INVALID), so no visitor reaches another's chat.
 */
export async function chatOfToken(
  deps: Pick<Deps, "db" | "cache" | "clock">,
  token: string | undefined,
  chatId: string,
): Promise<string> {
  if (!token) throw chatError("CHAT_TOKEN_INVALID", "header.x-chat-token");
  const check = verifyToken<{ chat: string }>(await key(deps), token, deps.clock.now());
  if (!check.ok || check.payload.chat !== chatId) throw chatError("CHAT_TOKEN_INVALID", "header.x-chat-token");
  return chatId;
}
