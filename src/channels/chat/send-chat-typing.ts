import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { notifyChat } from "./chat.live.ts";
import { openChatFor } from "./read-chat.ts";

/** Tells the other side that someone is typing: a notice only, never stored (a lost one is harmless). */
export async function sendChatTyping(
  deps: Deps,
  chatId: string,
  by: { kind: "visitor" } | { kind: "agent"; actor: Actor },
): Promise<void> {
  const chat = await openChatFor(deps.db, by, chatId);
  if (chat.state === "ended") return;
  const name = by.kind === "agent" ? by.actor.name : chat.visitorName;
  await deps.db.transaction((tx) => notifyChat(tx, { kind: "typing", chatId: chat.id, sender: by.kind, name }));
}
