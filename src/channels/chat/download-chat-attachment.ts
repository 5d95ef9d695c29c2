import type { Deps } from "../../context.ts";
import { findAttachmentUnscoped } from "../../tickets/attachments/attachment.store.ts";
import { chatError } from "./chat.errors.ts";
import { chatCarriesAttachmentUnscoped, findChatUnscoped } from "./chat.store.ts";
import { chatOfToken } from "./chat-token.ts";

/**
 * A file of a chat as its visitor fetches it (one the agent sent, or their own): the chat token must open this chat
 * and a message of this chat must carry the file. Anything else — no token, another chat's token, an altered or
 * expired one, a file of the same ticket never sent in the chat — is the same 404, so a token tells nothing about
 * files outside its own chat.
 */
export async function downloadChatAttachment(
  deps: Deps,
  token: string | undefined,
  chatId: string,
  attachmentId: string,
) {
  const notFound = chatError("CHAT_ATTACHMENT_NOT_FOUND", "params.attachmentId");
  await chatOfToken(deps, token, chatId).catch(() => {
    throw notFound;
  });
  const chat = await findChatUnscoped(deps.db, chatId);
  if (!chat || !(await chatCarriesAttachmentUnscoped(deps.db, chat.id, attachmentId))) throw notFound;
  const file = await findAttachmentUnscoped(deps.db, chat.ticketId, attachmentId);
  if (!file) throw notFound;
  return file;
}
