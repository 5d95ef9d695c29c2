import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { recordVisitEvent } from "./record-visit-event.ts";
import { checkStep, type VisitStep } from "./visit.ts";
import { authorizeVisit, lockVisit } from "./visit-access.ts";
import { rowToVisit, type VisitRow } from "./visit.store.ts";

/**
 * The technician's travel start, check-in (arrival) and check-out (departure), stamped with the server's clock;
 * out of order is a conflict (a check-out before the check-in: 409 VISIT_NOT_ON_SITE). The SLA reaction reads the
 * event in the same transaction: an arrival can be the first response, travel can pause resolution (policy).
 */
export async function recordVisitStep(deps: Deps, actor: Actor, visitId: string, step: VisitStep): Promise<VisitRow> {
  return deps.db.transaction(async (tx) => {
    const { ticket, visit } = await lockVisit(tx, actor, visitId);
    authorizeVisit(actor, "work", ticket, visit);
    const state = rowToVisit(visit);
    checkStep(state, step);
    return recordVisitEvent(deps, tx, actor, ticket, state, { action: step, visitId });
  });
}
