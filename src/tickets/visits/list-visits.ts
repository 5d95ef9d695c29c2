import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { authorize } from "../ticket/ticket.policy.ts";
import { findTicket, findTicketByNumber } from "../ticket/ticket.store.ts";
import { parseTicketRef } from "../ticket/ticket.ts";
import { ticketError } from "../ticket.errors.ts";
import { listTicketVisitsUnscoped, listVisitsVisibleTo, type VisitView } from "./visit.store.ts";

/** A technician's diary: the visits meeting [from, to) on tickets the caller may see, earliest first. */
export async function listVisits(
  deps: Deps,
  actor: Actor,
  filter: { from: Date; to: Date; technicianId?: string | undefined },
): Promise<VisitView[]> {
  return listVisitsVisibleTo(deps.readDb, actor, filter);
}

/** A ticket's visits, for anyone who may read the ticket (requesters see their own tickets' visits). */
export async function listTicketVisits(deps: Deps, actor: Actor, ticketRef: string): Promise<VisitView[]> {
  const key = parseTicketRef(ticketRef);
  const ticket =
    key === null
      ? undefined
      : "id" in key
        ? await findTicket(deps.db, actor, key.id)
        : await findTicketByNumber(deps.db, actor, key.number);
  if (!ticket) throw ticketError("TICKET_NOT_FOUND", "params.id");
  authorize(actor, "read", ticket);
  return listTicketVisitsUnscoped(deps.db, ticket.id);
}
