import type { Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import { DomainError } from "../../shared/errors.ts";
import { authorize, can } from "../ticket/ticket.policy.ts";
import { lockTicket } from "../ticket/ticket.store.ts";
import type { TicketRow } from "../ticket.tables.ts";
import { visitError } from "./visits.errors.ts";
import { findVisitUnscoped, type VisitRow } from "./visit.store.ts";

/** What may be done to a visit: plan it (reschedule, reassign, cancel) or work it (travel, check in and out, report). */
export type VisitWork = "plan" | "work";

/**
 * Locks a visit's ticket through the actor's scope and reads the visit under that lock (a ticket's visits change
 * one at a time). A visit on a ticket the actor cannot see is not found, like the ticket itself.
 */
export async function lockVisit(
  tx: Db,
  actor: Actor,
  visitId: string,
): Promise<{ ticket: TicketRow; visit: VisitRow }> {
  const found = await findVisitUnscoped(tx, visitId);
  if (!found) throw visitError("VISIT_NOT_FOUND", "params.id");
  const ticket = await lockTicket(tx, actor, found.ticketId).catch((error: unknown) => {
    throw error instanceof DomainError && error.code === "TICKET_NOT_FOUND"
      ? visitError("VISIT_NOT_FOUND", "params.id")
      : error;
  });
  const visit = (await findVisitUnscoped(tx, visitId))!;
  return { ticket, visit };
}

/**
 * Who may plan a visit: whoever may change its ticket. Who may work it: its technician, and whoever may change the
 * ticket. A requester who sees the ticket reads its visits and does nothing else to them (403).
 */
export function authorizeVisit(actor: Actor, work: VisitWork, ticket: TicketRow, visit: VisitRow): void {
  if (work === "work" && visit.technicianId === actor.personId && can(actor, "read", ticket)) return;
  if (can(actor, "update", ticket)) return;
  authorize(actor, "read", ticket);
  throw visitError("VISIT_FORBIDDEN");
}
