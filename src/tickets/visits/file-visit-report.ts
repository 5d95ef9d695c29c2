import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { recordVisitEvent } from "./record-visit-event.ts";
import type { VisitReport } from "./visit.ts";
import { visitError } from "./visits.errors.ts";
import { authorizeVisit, lockVisit } from "./visit-access.ts";
import { rowToVisit, type VisitRow } from "./visit.store.ts";

/**
 * The technician's report of a visit they have checked in to: what was done, the parts used and the requester's
 * sign-off name. Filed again, the newest report stands (each one is in the ticket's history).
 */
export async function fileVisitReport(
  deps: Deps,
  actor: Actor,
  visitId: string,
  report: VisitReport,
): Promise<VisitRow> {
  return deps.db.transaction(async (tx) => {
    const { ticket, visit } = await lockVisit(tx, actor, visitId);
    authorizeVisit(actor, "work", ticket, visit);
    if (visit.status === "cancelled") throw visitError("VISIT_CANCELLED");
    if (!visit.arrivedAt) throw visitError("VISIT_NOT_ON_SITE");
    return recordVisitEvent(deps, tx, actor, ticket, rowToVisit(visit), {
      action: "report_filed",
      visitId,
      workDone: report.workDone.trim(),
      partsUsed: report.partsUsed.trim(),
      signOffName: report.signOffName.trim(),
    });
  });
}
