import type { Deps } from "../../context.ts";
import { isStaff, type Actor } from "../../identity/actor.ts";
import { getTicket } from "../ticket/get-ticket.ts";
import { findPublicIncidentUnscoped, listPublicIncidentUpdatesUnscoped } from "./public-incident.store.ts";
import { ticketError } from "../ticket.errors.ts";

/** A ticket's public incident as staff manage it: whether it is on the status page, its title and its updates. */
export async function getPublicIncident(deps: Pick<Deps, "db">, actor: Actor, ref: string) {
  const ticket = await getTicket(deps, actor, ref);
  // Staff business (requesters see the ticket, not the desk's work on it); reading needs only the read scope.
  if (!isStaff(actor)) throw ticketError("TICKET_ACTION_FORBIDDEN");
  const incident = await findPublicIncidentUnscoped(deps.db, ticket.id);
  const updates = incident ? await listPublicIncidentUpdatesUnscoped(deps.db, [ticket.id]) : [];
  return {
    published: incident !== undefined && incident.unpublishedAt === null,
    title: incident?.title ?? null,
    publishedAt: incident?.publishedAt.toISOString() ?? null,
    updates: updates.map((u) => ({ id: u.id, body: u.body, at: u.at.toISOString(), authorId: u.authorId })),
  };
}
