import type { TicketReaction } from "../../context.ts";
import type { TicketChange } from "../../tickets/ticket/ticket-change.ts";
import { enqueue } from "../../platform/jobs/jobs.store.ts";
import { inServiceWindow } from "./delivery.ts";
import { whatsappError } from "./whatsapp.errors.ts";
import { conversationOfTicketUnscoped, insertWhatsappMessage, lastInboundAtUnscoped } from "./whatsapp.store.ts";

/** The job that sends one outbound WhatsApp message row (version 1: payload { messageId }). */
export const WHATSAPP_OUTBOUND_JOB = "whatsapp.outbound";

/**
 * A ticket reaction: the desk's public replies on a WhatsApp ticket go to the customer on WhatsApp, written into the
 * outbox in the reply's transaction. Outside the 24-hour customer-service window WhatsApp takes only templates, so the
 * reply is refused (409 WHATSAPP_WINDOW_CLOSED) and nothing of it is kept; a ticket without a conversation (opened
 * by an agent on the whatsapp channel) sends nothing. A conversation in a group is answered in the group.
 */
export const whatsappPublicReplies: TicketReaction = async (deps, tx, change) => {
  if (!sendsWhatsapp(change)) return;
  // One conversation and one window for the whole change, read once.
  const conversation = await conversationOfTicketUnscoped(tx, change.ticketId);
  if (!conversation) return;
  const now = deps.clock.now();
  if (!inServiceWindow(await lastInboundAtUnscoped(tx, change.ticketId), now))
    throw whatsappError("WHATSAPP_WINDOW_CLOSED", "body.body");
  for (const [index, event] of change.events.entries()) {
    if (event.type !== "replied" || !event.data.fromStaff) continue;
    const eventSeq = change.after.version - (change.events.length - 1 - index);
    const message = await insertWhatsappMessage(tx, {
      ticketId: change.ticketId,
      phoneNumberId: conversation.phoneNumberId,
      direction: "out",
      waId: conversation.waId,
      // In a group the answer goes to the group, quoting the member's latest message (what it answers).
      groupId: conversation.groupId,
      contextWamid: conversation.groupId ? conversation.wamid : null,
      personId: event.actorId,
      eventSeq,
      body: event.data.body,
      status: "queued",
      createdAt: now,
    });
    await enqueue(tx, {
      kind: WHATSAPP_OUTBOUND_JOB,
      payload: { messageId: message.id },
      idempotencyKey: `whatsapp.outbound:${message.id}`,
      runAt: now,
    });
  }
};

/** Whether a change has anything to send: a staff reply on a WhatsApp ticket (only then does this reaction read). */
const sendsWhatsapp = (change: TicketChange) =>
  change.after.channel === "whatsapp" && change.events.some((e) => e.type === "replied" && e.data.fromStaff);
whatsappPublicReplies.readsLaterWrites = sendsWhatsapp;
