import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import { queueTicketMail } from "../../channels/email/queue-ticket-mail.ts";
import { recordEvents } from "../ticket/record-events.ts";
import { rowToState } from "../ticket/ticket.store.ts";
import type { TicketRow } from "../ticket.tables.ts";
import { visitInvitation } from "./invitation.ts";
import { applyVisitEvent, type VisitEventData, type VisitState } from "./visit.ts";
import { contactsUnscoped, saveVisit, type VisitRow } from "./visit.store.ts";

/** The actions that change what an invitation says, so the requester and technician are sent the new one. */
const INVITING = new Set<VisitEventData["action"]>(["scheduled", "rescheduled", "cancelled"]);

/**
 * Records one visit event on its (locked) ticket and rewrites the visit's projection in the same transaction; when
 * it changes the invitation, queues it by mail to the requester and the technician (the outbox writes nothing
 * without a mailbox: mail not configured).
 */
export async function recordVisitEvent(
  deps: Deps,
  tx: Db,
  actor: Actor,
  ticket: TicketRow,
  before: VisitState | undefined,
  data: VisitEventData,
): Promise<VisitRow> {
  const at = deps.clock.now();
  await recordEvents(deps, tx, ticket, rowToState(ticket), [{ type: "visit", at, actorId: actorIdOf(actor), data }]);
  const after = applyVisitEvent(before, data, at);
  const row = await saveVisit(tx, ticket.id, after);
  if (INVITING.has(data.action)) await mailInvitation(deps, tx, ticket, after, before?.technicianId);
  return row;
}

async function mailInvitation(
  deps: Deps,
  tx: Db,
  ticket: TicketRow,
  visit: VisitState,
  previousTechnicianId: string | undefined,
): Promise<void> {
  const ids = [ticket.requesterId, visit.technicianId];
  const contacts = await contactsUnscoped(tx, ids);
  const requester = contacts.find((c) => c.id === ticket.requesterId);
  const technician = contacts.find((c) => c.id === visit.technicianId);
  if (!requester || !technician) return;
  const organizer = organizerOf(deps.config.MAIL_FROM);
  const invitation = visitInvitation(visit, ticket, { organizer, requester, technician }, deps.clock.now());
  const subject =
    invitation.method === "CANCEL" ? `Visit cancelled: ${ticket.subject}` : `Onsite visit: ${ticket.subject}`;
  const body = [
    invitation.method === "CANCEL" ? "The onsite visit for this ticket was cancelled." : "An onsite visit is booked.",
    `When: ${visit.windowStart.toISOString()} – ${visit.windowEnd.toISOString()} (${visit.site.timezone})`,
    `Where: ${visit.site.label}`,
    `Technician: ${technician.name}`,
  ].join("\n");
  const inTx = { ...deps, db: tx };
  for (const to of [requester.email, technician.email]) {
    await queueTicketMail(inTx, {
      ticketId: ticket.id,
      number: ticket.number,
      kind: "visit",
      to,
      subject,
      body,
      calendar: invitation,
    });
  }
  // A reassigned technician's calendar drops the entry (a cancellation of the same UID and SEQUENCE).
  if (previousTechnicianId && previousTechnicianId !== visit.technicianId) {
    const [previous] = await contactsUnscoped(tx, [previousTechnicianId]);
    if (!previous) return;
    const cancel = visitInvitation(
      { ...visit, status: "cancelled" },
      ticket,
      { organizer, requester, technician: previous },
      deps.clock.now(),
    );
    await queueTicketMail(inTx, {
      ticketId: ticket.id,
      number: ticket.number,
      kind: "visit",
      to: previous.email,
      subject: `Visit reassigned: ${ticket.subject}`,
      body: "This onsite visit was handed to another technician.",
      calendar: cancel,
    });
  }
}

/** The desk as the invitations' organizer: MAIL_FROM's name and address. */
export function organizerOf(mailFrom: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  return match ? { name: match[1] || "Frontline", email: match[2]! } : { name: "Frontline", email: mailFrom.trim() };
}
