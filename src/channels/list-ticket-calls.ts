import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { getTicket } from "../tickets/ticket/get-ticket.ts";
import { authorizeCallsOnTicket } from "./channel.policy.ts";
import { findCallsOfTicketUnscoped } from "./call.store.ts";

/** A visible ticket's telephone calls, newest first (staff: call notes are internal). Another organization's ticket is not found. */
export async function listTicketCalls(deps: Pick<Deps, "db">, actor: Actor, ref: string) {
  const ticket = await getTicket(deps, actor, ref);
  authorizeCallsOnTicket(actor);
  return findCallsOfTicketUnscoped(deps.db, ticket.id);
}
