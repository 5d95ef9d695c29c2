import { z } from "zod";
import { storableText } from "../../shared/storable-text.ts";
import type { QueueRow } from "./chat.store.ts";
import type { ChatRow } from "./chat.store.ts";

/** The longest chat message; longer is refused (422 naming body.body) before anything is stored. */
export const CHAT_MESSAGE_MAX = 5_000;

export const ChatMessageDto = z
  .object({
    id: z
      .number()
      .int()
      .describe("The server id: increasing within the chat; resume streams after the last one you have"),
    sender: z.enum(["visitor", "agent", "system"]),
    senderName: z.string(),
    body: z.string(),
    attachments: z.array(
      z.object({ id: z.uuid(), filename: z.string(), contentType: z.string(), size: z.number().int() }),
    ),
    createdAt: z.string(),
  })
  .meta({ id: "ChatMessage" });

export const ChatDto = z
  .object({
    id: z.uuid(),
    channel: z.string(),
    visitorName: z.string(),
    visitorEmail: z.string(),
    signedIn: z.boolean(),
    state: z.enum(["waiting", "active", "ended"]),
    agentId: z.uuid().nullable(),
    groupId: z.uuid().nullable(),
    ticketId: z.uuid(),
    createdAt: z.string(),
    acceptedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
  })
  .meta({ id: "Chat" });

export const QueuedChatDto = ChatDto.extend({
  ticketNumber: z.number().int(),
  agentName: z.string().nullable(),
  lastMessageAt: z.string().nullable(),
  waitingSeconds: z.number().int().optional().describe("Waiting chats: seconds since the visitor started it"),
}).meta({ id: "QueuedChat" });

export function presentChat(c: ChatRow): z.infer<typeof ChatDto> {
  return {
    id: c.id,
    channel: c.channelKey,
    visitorName: c.visitorName,
    visitorEmail: c.visitorEmail,
    signedIn: c.signedIn,
    state: c.state,
    agentId: c.agentId,
    groupId: c.groupId,
    ticketId: c.ticketId,
    createdAt: c.createdAt.toISOString(),
    acceptedAt: c.acceptedAt?.toISOString() ?? null,
    endedAt: c.endedAt?.toISOString() ?? null,
  };
}

export function presentQueued(c: QueueRow & { waitingSeconds?: number }): z.infer<typeof QueuedChatDto> {
  return {
    ...presentChat(c),
    ticketNumber: c.ticketNumber,
    agentName: c.agentName,
    lastMessageAt: c.lastMessageAt?.toISOString() ?? null,
    ...(c.waitingSeconds === undefined ? {} : { waitingSeconds: c.waitingSeconds }),
  };
}

export const MessageBody = z.strictObject({
  body: storableText()
    .trim()
    .min(1)
    .max(CHAT_MESSAGE_MAX, `at most ${CHAT_MESSAGE_MAX} characters`)
    .describe(`1–${CHAT_MESSAGE_MAX} characters`),
  attachmentIds: z.array(z.uuid()).max(10).optional().describe("Files uploaded to this chat first"),
});

export const AfterQuery = z.strictObject({
  after: z.coerce.number().int().min(0).default(0).describe("The last message id you have (0: from the start)"),
  token: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,2000}$/, "expected a chat token")
    .optional()
    .describe("Visitors' EventSource, which cannot send headers: the chat token"),
});

export const VisitorFields = {
  channel: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "1–40 lowercase letters, digits or dashes")
    .optional()
    .describe(
      "The embedding's data-channel key, a chat channel an admin created (unknown or inactive: 422); none: the default channel",
    ),
  name: storableText().trim().min(1).max(120).optional().describe("Required for anonymous visitors"),
  email: z.email().max(320).optional().describe("Required for anonymous visitors (kept as typed, unverified)"),
};

export const ChatParams = z.strictObject({ id: z.uuid() });

export const STREAM_DESCRIPTION = [
  "Server-sent events of one chat. `event: message` (`id:` the server id, `data:` a ChatMessage) for every message",
  "after `?after=` or the `Last-Event-ID` header — first those already stored, then each as it is committed in any",
  'process; `event: typing` (`data: {"sender","name"}`) while the other side types; `event: state`',
  '(`data: {"state":"waiting"|"active"|"ended"}`). Reconnect with the last id you have: nothing is lost or repeated.',
].join(" ");
