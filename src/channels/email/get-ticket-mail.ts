import type { Deps } from "../../context.ts";
import { isStaff, type Actor } from "../../identity/actor.ts";
import { ticketError } from "../../tickets/ticket.errors.ts";
import { getTicket } from "../../tickets/ticket/get-ticket.ts";
import { inboundMailsOfTicketUnscoped } from "./mail.store.ts";
import { deliveryOf } from "./delivery-state.ts";
import { outboundMailsOfTicketUnscoped } from "./outbound.store.ts";

/**
 * The mail behind a ticket, for staff who may see it: every inbound mail (sender, recipients, Cc, the sanitised body
 * with its quoted history apart, the original's attachment id) and every outgoing one with its delivery state and, for
 * a public reply, the seq of the reply's event (the conversation shows the delivery on that reply).
 * A requester who sees the ticket is refused (403): they read the conversation, not the envelopes (others' addresses
 * in Cc are not theirs to read); one who does not see it learns nothing (404), as for every ticket route.
 */
export async function getTicketMail(deps: Deps, actor: Actor, ref: string) {
  const ticket = await getTicket(deps, actor, ref);
  if (!isStaff(actor)) throw ticketError("TICKET_ACTION_FORBIDDEN");
  return {
    inbound: await inboundMailsOfTicketUnscoped(deps.db, ticket.id),
    outbound: (await outboundMailsOfTicketUnscoped(deps.db, ticket.id)).map((m) => ({ ...m, delivery: deliveryOf(m) })),
  };
}
