import type { Actor } from "../../identity/actor.ts";
import { findActivePersonUnscoped } from "../../identity/directory.store.ts";
import type { Db } from "../../platform/db/database.ts";
import { chatError } from "./chat.errors.ts";
import type { ChatRow } from "./chat.store.ts";

/**
 * The actor a chat's visitor writes to its ticket as. A signed-in person is themselves (a requester of their own
 * ticket). An anonymous visitor is the shared unverified web visitor acting through the system (docs/decisions/0004):
 * `via: "system"` keeps the events' actor empty and the requester role keeps the words from counting as staff's.
 */
export async function visitorActorOf(
  tx: Db,
  chat: Pick<ChatRow, "personId" | "signedIn" | "visitorName">,
): Promise<Actor> {
  const person = await findActivePersonUnscoped(tx, chat.personId);
  if (!person) throw chatError("CHAT_NOT_FOUND", "params.id");
  return {
    personId: person.id,
    name: chat.signedIn ? person.name : chat.visitorName,
    role: "requester",
    organizationId: person.organizationId,
    orgManager: false,
    groupIds: [],
    scopes: ["tickets:read", "tickets:write"],
    via: chat.signedIn ? "session" : "system",
  };
}
