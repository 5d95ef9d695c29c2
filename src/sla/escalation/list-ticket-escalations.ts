import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { getTicket } from "../../tickets/ticket/get-ticket.ts";
import { listEscalationsUnscoped } from "./escalation.store.ts";
import { authorizeOnTicket } from "../sla-access.policy.ts";

/** A visible ticket's escalations, newest first (staff: they are internal). Another organization's ticket is not found. */
export async function listTicketEscalations(deps: Pick<Deps, "db">, actor: Actor, ref: string) {
  const ticket = await getTicket(deps, actor, ref);
  authorizeOnTicket(actor, "ticketSla.read");
  return listEscalationsUnscoped(deps.db, ticket.id);
}
