import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { getTicket } from "../../tickets/ticket/get-ticket.ts";
import { inServiceWindow, serviceWindowEnd } from "./delivery.ts";
import { authorizeWhatsapp } from "./whatsapp.policy.ts";
import { lastInboundAtUnscoped, listTicketWhatsappUnscoped } from "./whatsapp.store.ts";

/**
 * A ticket's WhatsApp conversation for staff who may see the ticket: each message both ways with its delivery (an
 * outbound one names the reply it carries by event seq), and the customer-service window — when it ends, whether
 * free text may go out now — so the reply box says so before the agent types.
 */
export async function getTicketWhatsapp(deps: Deps, actor: Actor, ref: string) {
  const ticket = await getTicket(deps, actor, ref);
  authorizeWhatsapp(actor, "whatsapp.ticket");
  const lastInbound = await lastInboundAtUnscoped(deps.db, ticket.id);
  return {
    windowEndsAt: serviceWindowEnd(lastInbound),
    windowOpen: inServiceWindow(lastInbound, deps.clock.now()),
    messages: (await listTicketWhatsappUnscoped(deps.db, ticket.id)).map((m) => ({
      id: m.id,
      direction: m.direction,
      wamid: m.wamid,
      eventSeq: m.eventSeq,
      body: m.body,
      template: m.template,
      status: m.status,
      statusAt: m.statusAt,
      lastError: m.lastError,
      createdAt: m.createdAt,
    })),
  };
}
