import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { ticketError } from "../ticket.errors.ts";
import { recordVisitEvent } from "./record-visit-event.ts";
import { resolveVisitPlan } from "./resolve-visit-input.ts";
import { checkChangeable } from "./visit.ts";
import { authorizeVisit, lockVisit } from "./visit-access.ts";
import { rowToVisit, type VisitRow } from "./visit.store.ts";

export type VisitChange = {
  /** "cancelled" cancels the visit; leave it out to reschedule or reassign. */
  status?: "cancelled" | undefined;
  technicianId?: string | undefined;
  site?: { addressId: string; floor?: string | null | undefined; room?: string | null | undefined } | undefined;
  windowStart?: Date | undefined;
  windowEnd?: Date | undefined;
  reason?: string | null | undefined;
  allowOverlap?: boolean | undefined;
};

/**
 * Reschedules, reassigns or cancels a visit before the technician arrives (staff who may change the ticket). A
 * reschedule or reassignment is checked like a new booking; each raises the invitation's SEQUENCE and sends it again.
 */
export async function changeVisit(deps: Deps, actor: Actor, visitId: string, change: VisitChange): Promise<VisitRow> {
  return deps.db.transaction(async (tx) => {
    const { ticket, visit } = await lockVisit(tx, actor, visitId);
    authorizeVisit(actor, "plan", ticket, visit);
    const state = rowToVisit(visit);
    checkChangeable(state);
    if (change.status === "cancelled")
      return recordVisitEvent(deps, tx, actor, ticket, state, {
        action: "cancelled",
        visitId,
        reason: change.reason?.trim() || null,
      });
    const plan = {
      technicianId: change.technicianId ?? state.technicianId,
      site: change.site ?? { addressId: state.site.addressId, floor: state.site.floor, room: state.site.room },
      windowStart: change.windowStart ?? state.windowStart,
      windowEnd: change.windowEnd ?? state.windowEnd,
      reason: change.reason,
      allowOverlap: change.allowOverlap,
    };
    const same =
      plan.technicianId === state.technicianId &&
      plan.windowStart.getTime() === state.windowStart.getTime() &&
      plan.windowEnd.getTime() === state.windowEnd.getTime() &&
      change.site === undefined;
    if (same) throw ticketError("NOTHING_TO_CHANGE", "body");
    const { site, warnings, reason } = await resolveVisitPlan(tx, ticket, plan, deps.clock.now(), visitId);
    return recordVisitEvent(deps, tx, actor, ticket, state, {
      action: "rescheduled",
      visitId,
      technicianId: plan.technicianId,
      site,
      windowStart: plan.windowStart.toISOString(),
      windowEnd: plan.windowEnd.toISOString(),
      reason,
      warnings,
    });
  });
}
