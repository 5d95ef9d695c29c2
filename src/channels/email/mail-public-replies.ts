import { findActivePersonUnscoped } from "../../identity/directory.store.ts";
import type { TicketReaction } from "../../context.ts";
import type { TicketChange } from "../../tickets/ticket/ticket-change.ts";
import { replyText } from "./mail-templates.ts";
import { ticketMailFactsUnscoped } from "./outbound.store.ts";
import { notifyRequester } from "../notify-requester.ts";

/**
 * A ticket reaction: the desk's public replies on a ticket that came by mail go to its requester on the channel they
 * prefer (by mail unless that is the portal), written into the outbox in the same transaction as the reply (internal
 * notes and the requester's own replies never do).
 */
export const mailPublicReplies: TicketReaction = async (deps, tx, change) => {
  if (!sendsMail(change)) return;
  for (const [index, event] of change.events.entries()) {
    if (event.type !== "replied" || !event.data.fromStaff) continue;
    // Each event took the next version: the last one is the ticket's version now.
    const eventSeq = change.after.version - (change.events.length - 1 - index);
    const facts = await ticketMailFactsUnscoped(tx, change.ticketId);
    if (!facts || facts.bouncing) continue;
    const agent = event.actorId ? await findActivePersonUnscoped(tx, event.actorId) : undefined;
    const body = replyText({ agentName: agent?.name ?? "Frontline", body: event.data.body });
    const mail = {
      ticketId: change.ticketId,
      number: change.number,
      kind: "reply" as const,
      to: facts.email,
      subject: facts.subject,
      body,
      eventSeq,
    };
    // The reply's files go with it (a public reply's attachments are the requester's to see).
    // On the channel the requester prefers: a portal preference sends nothing, WhatsApp inside its window.
    await notifyRequester(
      deps,
      tx,
      { id: facts.requesterId, preferredChannel: facts.preferredChannel },
      { ...mail, attachmentIds: event.data.attachmentIds },
    );
  }
};

/** Whether a change has anything to mail: a staff reply on a mail ticket (only then does this reaction read). */
const sendsMail = (change: TicketChange) =>
  change.after.channel === "email" && change.events.some((e) => e.type === "replied" && e.data.fromStaff);
mailPublicReplies.readsLaterWrites = sendsMail;
