import type { Deps } from "../../context.ts";
import { prospectsOrganization, unverifiedVisitor } from "../../feedback/consultation.store.ts";
import type { Actor } from "../../identity/actor.ts";
import { createTicket } from "../../tickets/ticket/create-ticket.ts";
import { chatError } from "./chat.errors.ts";
import { authorizeChat } from "./chat.policy.ts";
import { visitorActorOf } from "./chat-participants.ts";
import { CHANNEL_KEY } from "./start-chat.ts";
import { openChatChannel } from "./open-chat-channel.ts";

export type LeaveMessageInput = { channel?: string; name?: string; email?: string; message: string };

/**
 * Outside support hours the widget offers to leave a message: a chat ticket with the visitor's words, answered when
 * support opens (its SLA clocks start at the next opening, as the calendar says). Allowed at any hour.
 */
export async function leaveChatMessage(
  deps: Deps,
  signedIn: Actor | null,
  input: LeaveMessageInput,
): Promise<{ ticketNumber: number }> {
  if (input.channel !== undefined && !CHANNEL_KEY.test(input.channel))
    throw chatError("CHAT_CHANNEL_INVALID", "body.channel");
  if (signedIn) authorizeChat(signedIn, "chat.start");
  const channel = await openChatChannel(deps.db, input.channel);
  const name = signedIn ? signedIn.name : input.name!.trim();
  const email = input.email?.trim() ?? "";
  return deps.db.transaction(async (tx) => {
    const personId = signedIn
      ? signedIn.personId
      : (await unverifiedVisitor(tx, (await prospectsOrganization(tx)).id)).id;
    const actor = await visitorActorOf(tx, { personId, signedIn: signedIn !== null, visitorName: name });
    const ticket = await createTicket({ ...deps, db: tx }, actor, {
      subject: `Chat message: ${input.message}`.replace(/\s+/g, " ").slice(0, 200),
      description: `Left on the web chat (${channel.name}) outside support hours by ${name}${email ? ` <${email}>` : ""}.\n\n${input.message}`,
      type: "service_request",
      impact: "person",
      urgency: "medium",
      requesterId: personId,
      channel: "chat",
      origin: { groupId: channel.groupId, reason: `Chat channel ${channel.name}` },
    });
    return { ticketNumber: ticket.number };
  });
}
