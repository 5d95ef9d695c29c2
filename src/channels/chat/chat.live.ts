import type { Db } from "../../platform/db/database.ts";
import { notifyOnCommit } from "../../platform/live/live.store.ts";

/** The NOTIFY channel of web chats: every process's chat streams hear what any process committed. */
export const CHAT_CHANNEL = "frontline_chat";

/**
 * What a chat notice says; streams fetch the messages themselves (from the last id they sent), so a notice is
 * only a nudge and a lost one costs nothing but latency until the next.
 * - `message`: a message with this server id was committed in the chat;
 * - `typing`: who is typing (never stored);
 * - `state`: the chat was accepted, transferred or ended; `queue` is also told (the agents' queue changed).
 */
export type ChatNotice =
  | { kind: "message"; chatId: string; id: number }
  | { kind: "typing"; chatId: string; sender: "visitor" | "agent"; name: string }
  | { kind: "state"; chatId: string; state: string };

export function decodeChatNotice(payload: string): ChatNotice | undefined {
  const parsed = JSON.parse(payload) as Partial<ChatNotice> | null;
  if (!parsed || typeof parsed.chatId !== "string") return undefined;
  if (parsed.kind === "message" || parsed.kind === "typing" || parsed.kind === "state") return parsed as ChatNotice;
  return undefined;
}

/** Queues the notices in the caller's transaction: delivered to every process on commit, never on rollback. */
export async function notifyChat(tx: Db, ...notices: ChatNotice[]): Promise<void> {
  await notifyOnCommit(
    tx,
    CHAT_CHANNEL,
    notices.map((n) => JSON.stringify(n)),
  );
}
