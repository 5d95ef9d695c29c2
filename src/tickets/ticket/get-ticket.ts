import type { Deps } from "../../context.ts";
import { hasScope, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";
import type { TicketState } from "./events.ts";
import { ticketError } from "../ticket.errors.ts";
import { findTicket, findTicketByNumber, loadEventsUnscoped, rowToState } from "./ticket.store.ts";

export type LoadedTicket = TicketState & { id: string; number: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A ticket the actor may read, by id or by its number ("10001" or "#10001"); otherwise not found. */
export async function getTicket(deps: Pick<Deps, "db">, actor: Actor, ref: string): Promise<LoadedTicket> {
  // Like the list: a missing scope says nothing about any ticket, so it is named rather than hidden as 404.
  if (!hasScope(actor, "tickets:read")) throw identityError("SCOPE_MISSING");
  const number = /^#?(\d{1,9})$/.exec(ref);
  const row = UUID.test(ref)
    ? await findTicket(deps.db, actor, ref.toLowerCase())
    : number
      ? await findTicketByNumber(deps.db, actor, Number(number[1]))
      : undefined;
  if (!row) throw ticketError("TICKET_NOT_FOUND", "params.id");
  return { id: row.id, number: row.number, ...rowToState(row) };
}

/** The history of a ticket the actor may read, oldest first. */
export async function getTicketHistory(deps: Pick<Deps, "db">, actor: Actor, ref: string) {
  const ticket = await getTicket(deps, actor, ref);
  return { ticket, events: await loadEventsUnscoped(deps.db, ticket.id) };
}
