import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { findActivePersonUnscoped } from "../identity/directory.store.ts";
import type { Impact, Status, TicketType, Urgency } from "../shared/enums.ts";
import { replyToTicket } from "../tickets/conversation/reply-to-ticket.ts";
import { createTicket } from "../tickets/ticket/create-ticket.ts";
import { authorizeChannel } from "./channel.policy.ts";
import { channelError } from "./channels.errors.ts";

export const CHAT_INTERACTION_CHANNELS = ["whatsapp", "chat"] as const;
export type ChatInteractionChannel = (typeof CHAT_INTERACTION_CHANNELS)[number];

export type LogChatInteractionInput = {
  channel: ChatInteractionChannel;
  /** Who asked. */
  requesterId: string;
  askedAt: Date;
  /** What they asked, in their words: the ticket's request. */
  question: string;
  subject: string;
  /** When and how the desk answered in the chat; both or neither (not answered yet). */
  answeredAt?: Date | undefined;
  answer?: string | undefined;
  type?: TicketType | undefined;
  impact: Impact;
  urgency: Urgency;
};

export type LoggedChatInteraction = { ticket: { id: string; number: number; status: Status } };

// The agent's and the server's clocks drift a little; an instant further ahead than this is a mistake.
const FUTURE_TOLERANCE_MS = 60_000;

/** A clock that reads one instant: the ticket's history records when the chat happened, not when it was typed in. */
const at = (instant: Date) => ({ now: () => instant });

/**
 * Logs by hand a chat interaction held where the desk cannot read (a WhatsApp group outside the API, a chat app), so
 * its clocks still count: the question opens a ticket (channel whatsapp or chat) written by the agent in the
 * requester's words, its `created` event at the instant it was asked; the desk's answer, if there was one, is the
 * agent's public reply at the instant it was given — the first response. One transaction: neither or both.
 * The times are checked: asked ≤ answered ≤ now (a minute's drift allowed).
 */
export async function logChatInteraction(
  deps: Deps,
  actor: Actor,
  input: LogChatInteractionInput,
): Promise<LoggedChatInteraction> {
  authorizeChannel(actor, "chat.log");
  const now = deps.clock.now().getTime();
  if (input.askedAt.getTime() > now + FUTURE_TOLERANCE_MS) throw channelError("CHAT_INTERACTION_TIMES", "body.askedAt");
  if (input.answeredAt && input.answer === undefined) throw channelError("CHAT_INTERACTION_TIMES", "body.answer");
  if (input.answeredAt === undefined && input.answer !== undefined)
    throw channelError("CHAT_INTERACTION_TIMES", "body.answeredAt");
  if (
    input.answeredAt &&
    (input.answeredAt.getTime() < input.askedAt.getTime() || input.answeredAt.getTime() > now + FUTURE_TOLERANCE_MS)
  )
    throw channelError("CHAT_INTERACTION_TIMES", "body.answeredAt");
  return deps.db.transaction(async (tx) => {
    if (!(await findActivePersonUnscoped(tx, input.requesterId)))
      throw channelError("CALLER_NOT_FOUND", "body.requesterId");
    const created = await createTicket({ ...deps, db: tx, clock: at(input.askedAt) }, actor, {
      subject: input.subject,
      description: input.question,
      onBehalfOfRequester: true,
      type: input.type ?? "incident",
      impact: input.impact,
      urgency: input.urgency,
      requesterId: input.requesterId,
      channel: input.channel,
    });
    if (!input.answeredAt || input.answer === undefined)
      return { ticket: { id: created.id, number: created.number, status: created.state.status } };
    const answered = await replyToTicket({ ...deps, db: tx, clock: at(input.answeredAt) }, actor, created.id, {
      body: input.answer,
      channel: input.channel,
    });
    return { ticket: { id: created.id, number: created.number, status: answered.status } };
  });
}
