import type { Deps } from "../../context.ts";
import { hasScope, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";
import type { TicketState } from "./events.ts";
import { ticketError } from "../ticket.errors.ts";
import { findTicket, findTicketByNumber, loadEventsUnscoped, rowToState } from "./ticket.store.ts";
import { parseTicketRef } from "./ticket.ts";

export type LoadedTicket = TicketState & { id: string; number: number };

/** A ticket the actor may read, by id or by its number ("10001" or "#10001"); otherwise not found. */
export async function getTicket(deps: Pick<Deps, "db">, actor: Actor, ref: string): Promise<LoadedTicket> {
  // Like the list: a missing scope says nothing about any ticket, so it is named rather than hidden as 404.
  if (!hasScope(actor, "tickets:read")) throw identityError("SCOPE_MISSING");
  const key = parseTicketRef(ref);
  const row =
    key === null
      ? undefined
      : "id" in key
        ? await findTicket(deps.db, actor, key.id)
        : await findTicketByNumber(deps.db, actor, key.number);
  if (!row) throw ticketError("TICKET_NOT_FOUND", "params.id");
  return { id: row.id, number: row.number, ...rowToState(row) };
}

/** The history of a ticket the actor may read, oldest first. */
export async function getTicketHistory(deps: Pick<Deps, "db">, actor: Actor, ref: string) {
  const ticket = await getTicket(deps, actor, ref);
  return { ticket, events: await loadEventsUnscoped(deps.db, ticket.id) };
}
