import { randomUUID } from "node:crypto";
import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { ticketError } from "../ticket.errors.ts";
import { authorize } from "../ticket/ticket.policy.ts";
import { lockTicketByRef } from "../ticket/ticket.store.ts";
import { recordVisitEvent } from "./record-visit-event.ts";
import { resolveVisitPlan, type VisitPlan } from "./resolve-visit-input.ts";
import { visitError } from "./visits.errors.ts";
import { findVisitUnscoped, type VisitRow } from "./visit.store.ts";

export type ScheduleVisitInput = VisitPlan & {
  notes?: string | undefined;
  /** The visit this one follows up (another trip for the same job), of the same ticket. */
  followUpOf?: string | null | undefined;
};

/**
 * Books an onsite visit on a ticket (staff who may change it): a technician who is staff, one of the organization's
 * addresses, a time window; recorded as the ticket's `visit` event with the invitation queued in one transaction.
 */
export async function scheduleVisit(
  deps: Deps,
  actor: Actor,
  ticketRef: string,
  input: ScheduleVisitInput,
): Promise<{ visit: VisitRow; ticketNumber: number }> {
  return deps.db.transaction(async (tx) => {
    const ticket = await lockTicketByRef(tx, actor, ticketRef);
    authorize(actor, "update", ticket);
    if (ticket.status === "closed") throw ticketError("TICKET_CLOSED", "params.id");
    if (input.followUpOf) {
      const earlier = await findVisitUnscoped(tx, input.followUpOf);
      if (!earlier || earlier.ticketId !== ticket.id) throw visitError("FOLLOW_UP_NOT_FOUND", "body.followUpOf");
    }
    const { site, warnings, reason } = await resolveVisitPlan(tx, ticket, input, deps.clock.now(), null);
    const visit = await recordVisitEvent(deps, tx, actor, ticket, undefined, {
      action: "scheduled",
      visitId: randomUUID(),
      technicianId: input.technicianId,
      site,
      windowStart: input.windowStart.toISOString(),
      windowEnd: input.windowEnd.toISOString(),
      notes: input.notes?.trim() ?? "",
      followUpOf: input.followUpOf ?? null,
      reason,
      warnings,
    });
    return { visit, ticketNumber: ticket.number };
  });
}
