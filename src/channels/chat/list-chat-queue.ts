import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { authorizeChat } from "./chat.policy.ts";
import { listOpenChats, type QueueRow } from "./chat.store.ts";

/**
 * An agent's chat console: the chats waiting in their groups (and those no group holds), oldest first with how long
 * each has waited, and the chats they hold now. Managers and admins see every waiting chat.
 */
export async function listChatQueue(
  deps: Deps,
  actor: Actor,
): Promise<{ waiting: Array<QueueRow & { waitingSeconds: number }>; mine: QueueRow[] }> {
  authorizeChat(actor, "chat.queue");
  const rows = await listOpenChats(deps.db, actor.personId, actor.role === "agent" ? actor.groupIds : null);
  const now = deps.clock.now().getTime();
  return {
    waiting: rows
      .filter((r) => r.state === "waiting")
      .map((r) => ({ ...r, waitingSeconds: Math.max(0, Math.floor((now - r.createdAt.getTime()) / 1000)) })),
    mine: rows.filter((r) => r.state === "active"),
  };
}
