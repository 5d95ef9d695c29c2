import type { Deps } from "../context.ts";
import { isStaff, type Actor } from "../identity/actor.ts";
import { getTicket } from "../tickets/ticket/get-ticket.ts";
import { ticketError } from "../tickets/ticket.errors.ts";
import { findConsultationOfTicketUnscoped, findRequesterByEmail } from "./consultation.store.ts";
import { feedbackError } from "./feedback.errors.ts";

/**
 * The public request behind a consultation ticket, for staff who may work the ticket: the contact exactly as the
 * visitor typed it (unverified until linked), whether it is linked and to whom, and the active requester the
 * address belongs to, if any (a hint for the agent; typing an address proves nothing).
 */
export async function getConsultation(deps: Pick<Deps, "db">, actor: Actor, ref: string) {
  const ticket = await getTicket(deps, actor, ref);
  // Staff business (requesters see the ticket, not the desk's work on it); reading needs only the read scope.
  if (!isStaff(actor)) throw ticketError("TICKET_ACTION_FORBIDDEN");
  const request = await findConsultationOfTicketUnscoped(deps.db, ticket.id);
  if (!request) throw feedbackError("CONSULTATION_NOT_FOUND", "params.id");
  const owner = request.linkedPersonId ? undefined : await findRequesterByEmail(deps.db, request.email);
  return {
    ticketId: ticket.id,
    contact: { name: request.name, company: request.company, email: request.email, phone: request.phone },
    preferredDate: request.preferredDate,
    windowStart: request.windowStart,
    windowEnd: request.windowEnd,
    topic: request.topic,
    verified: request.linkedPersonId !== null,
    linkedPersonId: request.linkedPersonId,
    linkedAt: request.linkedAt?.toISOString() ?? null,
    addressOwner: owner ? { id: owner.id, name: owner.name, email: owner.email } : null,
    createdAt: request.createdAt.toISOString(),
  };
}
