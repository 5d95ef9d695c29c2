import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { prospectsOrganization, unverifiedVisitor } from "../../feedback/consultation.store.ts";
import { supportCalendar } from "../../sla/published/published-sla.ts";
import { createTicket } from "../../tickets/ticket/create-ticket.ts";
import { chatAvailability, type ChatAvailability } from "./chat-hours.ts";
import { chatError } from "./chat.errors.ts";
import { notifyChat, type ChatNotice } from "./chat.live.ts";
import { authorizeChat } from "./chat.policy.ts";
import { insertChat, insertChatMessage } from "./chat.store.ts";
import { chatToken } from "./chat-token.ts";
import { openChatChannel } from "./open-chat-channel.ts";
import type { ChatChannelRow } from "./chat-channel.store.ts";
import { visitorActorOf } from "./chat-participants.ts";

export const CHANNEL_KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;
const SUBJECT_MAX = 200;

export type StartChatInput = { channel?: string; name?: string; email?: string; message?: string };
export type StartedChat = { chatId: string; token: string; ticketNumber: number; state: "waiting" };

/** Whether chats are answered now: the support hours of the default SLA policy's calendar (a ticket's usual one). */
export async function chatHours(deps: Deps): Promise<ChatAvailability> {
  return chatAvailability(await supportCalendar(deps, "person", "medium"), deps.clock.now().getTime());
}

/**
 * Starts a web chat on a channel (the widget's key, or the default channel): in one transaction, a chat ticket (channel `chat`) for the visitor — the signed-in person, or
 * for an anonymous visitor the unverified web visitor, their name and address as typed kept on the chat — the chat
 * waiting in the queue of the channel's group (else the ticket's), and the visitor's first words as its first message. The answer carries
 * the signed token that alone opens this chat. Outside support hours nothing starts (CHAT_CLOSED_NOW): the widget
 * offers to leave a message instead.
 */
export async function startChat(deps: Deps, signedIn: Actor | null, input: StartChatInput): Promise<StartedChat> {
  if (input.channel !== undefined && !CHANNEL_KEY.test(input.channel))
    throw chatError("CHAT_CHANNEL_INVALID", "body.channel");
  if (signedIn) authorizeChat(signedIn, "chat.start");
  const channel = await openChatChannel(deps.db, input.channel);
  if (!(await chatHours(deps)).open) throw chatError("CHAT_CLOSED_NOW");
  return openChat(deps, signedIn, channel, input);
}

/**
 * The chat itself, once its channel is open and support is: what `startChat` does after its checks. The demo seed
 * calls it for chats it dates inside past support hours (its own clock), whatever the hour the demo is seeded at.
 */
export async function openChat(
  deps: Deps,
  signedIn: Actor | null,
  channel: Pick<ChatChannelRow, "key" | "name" | "groupId">,
  input: StartChatInput,
): Promise<StartedChat> {
  const now = deps.clock.now();
  const name = signedIn ? signedIn.name : input.name!.trim();
  const email = input.email?.trim() ?? "";
  const message = input.message?.trim() ?? "";
  const chat = await deps.db.transaction(async (tx) => {
    const inTx = { ...deps, db: tx };
    const personId = signedIn
      ? signedIn.personId
      : (await unverifiedVisitor(tx, (await prospectsOrganization(tx)).id)).id;
    const pending = { personId, signedIn: signedIn !== null, visitorName: name, visitorEmail: email };
    const actor = await visitorActorOf(tx, pending);
    const ticket = await createTicket(inTx, actor, {
      subject: `Chat: ${message || name}`.replace(/\s+/g, " ").slice(0, SUBJECT_MAX),
      description: [`Web chat (${channel.name}) from ${name}${email ? ` <${email}>` : ""}.`, message]
        .filter(Boolean)
        .join("\n\n"),
      type: "service_request",
      impact: "person",
      urgency: "medium",
      requesterId: personId,
      channel: "chat",
      origin: { groupId: channel.groupId, reason: `Chat channel ${channel.name}` },
    });
    const row = await insertChat(tx, {
      ...pending,
      channelKey: channel.key,
      ticketId: ticket.id,
      // The channel's queue, even where a routing rule put the ticket elsewhere: the admin tied this embedding to it.
      groupId: channel.groupId ?? ticket.state.groupId ?? null,
      createdAt: now,
    });
    const notices: ChatNotice[] = [{ kind: "state", chatId: row.id, state: "waiting" }];
    if (message) {
      const first = await insertChatMessage(tx, {
        sessionId: row.id,
        sender: "visitor",
        senderId: signedIn?.personId ?? null,
        senderName: name,
        body: message,
        createdAt: now,
      });
      notices.push({ kind: "message", chatId: row.id, id: first.id });
    }
    await notifyChat(tx, ...notices);
    return { id: row.id, number: ticket.number };
  });
  return { chatId: chat.id, token: await chatToken(deps, chat.id), ticketNumber: chat.number, state: "waiting" };
}
