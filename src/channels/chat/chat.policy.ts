import { hasScope, isStaff, type Actor } from "../../identity/actor.ts";
import type { TokenScope } from "../../shared/enums.ts";
import { chatError } from "./chat.errors.ts";

/** What staff may do with web chats (visitors act through their signed chat token, checked apart). */
export type ChatAction =
  | "chat.queue" // see the waiting chats of one's groups, and one's own
  | "chat.accept"
  | "chat.transfer"
  | "chat.reply"
  | "chat.start" // a signed-in person starts a chat from the portal
  | "chat.channels"; // administer the chat channels (the widget's keys and their queues)

const SCOPES: Record<ChatAction, readonly TokenScope[]> = {
  "chat.queue": ["tickets:read"],
  "chat.accept": ["tickets:write"],
  "chat.transfer": ["tickets:write"],
  "chat.reply": ["tickets:write"],
  "chat.start": ["tickets:write"],
  "chat.channels": ["admin"],
};

function roleAllows(actor: Actor, action: ChatAction): boolean {
  switch (action) {
    case "chat.queue":
    case "chat.accept":
    case "chat.transfer":
    case "chat.reply":
      return isStaff(actor);
    case "chat.start":
      return actor.role === "requester";
    case "chat.channels":
      return actor.role === "admin";
  }
}

/** Whether the actor may take the action: the role must allow it and the credential carry its scope (deny by default). */
export function canChat(actor: Actor, action: ChatAction): boolean {
  return roleAllows(actor, action) && SCOPES[action].some((s) => hasScope(actor, s));
}

export function authorizeChat(actor: Actor, action: ChatAction): void {
  if (!canChat(actor, action)) throw chatError("CHAT_FORBIDDEN");
}

/** Which waiting chats an agent sees: those of their groups and those no group holds yet; managers and admins all. */
export function seesWaitingChat(actor: Actor, chat: { groupId: string | null }): boolean {
  if (!isStaff(actor)) return false;
  if (actor.role !== "agent") return true;
  return chat.groupId === null || actor.groupIds.includes(chat.groupId);
}
