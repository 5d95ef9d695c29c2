import type { Deps } from "../../context.ts";
import { isStaff, type Actor } from "../../identity/actor.ts";
import { ticketError } from "../../tickets/ticket.errors.ts";
import { findTicket } from "../../tickets/ticket/ticket.store.ts";
import { inboundMailsOfTicketUnscoped } from "./mail.store.ts";
import { outboundMailsOfTicketUnscoped } from "./outbound.store.ts";

/**
 * The mail behind a ticket, for staff who may see it: every inbound mail (sender, recipients, Cc, the sanitised body
 * with its quoted history apart, the original's attachment id) and every outgoing one with its delivery state.
 * Requesters see the conversation, not the mail envelopes (others' addresses in Cc are not theirs to read).
 */
export async function getTicketMail(deps: Deps, actor: Actor, id: string) {
  const ticket = isStaff(actor) ? await findTicket(deps.db, actor, id) : undefined;
  if (!ticket) throw ticketError("TICKET_NOT_FOUND", "params.id");
  return { inbound: await inboundMailsOfTicketUnscoped(deps.db, ticket.id), outbound: await outboundMailsOfTicketUnscoped(deps.db, ticket.id) };
}
