import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { uploadAttachment } from "../../tickets/attachments/upload-attachment.ts";
import { chatError } from "./chat.errors.ts";
import { visitorActorOf } from "./chat-participants.ts";
import { openChatFor } from "./read-chat.ts";

/**
 * A file for a chat's next message, stored on its ticket under the attachment rules (size limit, content sniffing,
 * refused types). The visitor uploads as the chat's requester (so they may then attach it to their message); staff
 * as themselves.
 */
export async function uploadChatAttachment(
  deps: Deps,
  chatId: string,
  by: { kind: "visitor" } | { kind: "agent"; actor: Actor },
  file: { filename: string; bytes: Buffer; declaredType?: string },
) {
  const chat = await openChatFor(deps.db, by, chatId);
  if (chat.state === "ended") throw chatError("CHAT_ENDED");
  // Uploaded in the visitor's own name (not the system's), so the requester view lets them attach it afterwards.
  const uploader =
    by.kind === "agent" ? by.actor : { ...(await visitorActorOf(deps.db, chat)), via: "session" as const };
  return uploadAttachment(deps, uploader, chat.ticketId, file);
}
