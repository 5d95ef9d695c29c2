import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { getTicket } from "../../tickets/ticket/get-ticket.ts";
import { findSessionsOfTicketUnscoped } from "./remote.store.ts";

/** A visible ticket's remote sessions with their tools, oldest first (anyone who may read the ticket). */
export async function listRemoteSessions(deps: Pick<Deps, "db">, actor: Actor, ticketRef: string) {
  const ticket = await getTicket(deps, actor, ticketRef);
  return findSessionsOfTicketUnscoped(deps.db, ticket.id);
}
