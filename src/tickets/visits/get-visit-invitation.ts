import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { organizerOf } from "./record-visit-event.ts";
import { visitInvitation, type Invitation } from "./invitation.ts";
import { visitError } from "./visits.errors.ts";
import { contactsUnscoped, findVisitView, rowToVisit } from "./visit.store.ts";

/** A visit's invitation as it stands (REQUEST, or CANCEL once cancelled), for anyone who may see its ticket. */
export async function getVisitInvitation(deps: Deps, actor: Actor, visitId: string): Promise<Invitation> {
  const visit = await findVisitView(deps.db, actor, visitId);
  if (!visit) throw visitError("VISIT_NOT_FOUND", "params.id");
  const contacts = await contactsUnscoped(deps.db, [visit.requesterId, visit.technicianId]);
  const requester = contacts.find((c) => c.id === visit.requesterId)!;
  const technician = contacts.find((c) => c.id === visit.technicianId)!;
  return visitInvitation(
    rowToVisit(visit),
    { number: visit.ticketNumber, subject: visit.ticketSubject },
    { organizer: organizerOf(deps.config.MAIL_FROM), requester, technician },
    deps.clock.now(),
  );
}
