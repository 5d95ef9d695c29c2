import type { Deps } from "../context.ts";
import { actorIdOf, SYSTEM_ACTOR, type Actor } from "../identity/actor.ts";
import { findActivePersonUnscoped } from "../identity/directory.store.ts";
import type { Db } from "../platform/db/database.ts";
import type { TicketState } from "../tickets/ticket/events.ts";
import { getTicket } from "../tickets/ticket/get-ticket.ts";
import { recordEvents } from "../tickets/ticket/record-events.ts";
import { ticketError } from "../tickets/ticket.errors.ts";
import { authorize } from "../tickets/ticket/ticket.policy.ts";
import { lockTicket, rowToState } from "../tickets/ticket/ticket.store.ts";
import {
  findConsultationOfTicketUnscoped,
  markConsultationLinked,
  UNVERIFIED_VISITOR,
  type ConsultationRow,
} from "./consultation.store.ts";
import { feedbackError } from "./feedback.errors.ts";

type Person = { id: string; role: string; organizationId: string };

/**
 * Makes `person` the requester of a public request's ticket, in the caller's transaction: a `requester_linked`
 * event (the projection follows it) and the request row marked. Only an active requester can be linked, and only
 * a request still on the unverified visitor (docs/decisions/0004).
 */
export async function linkRequester(
  deps: Deps,
  tx: Db,
  request: ConsultationRow,
  person: Person,
  by: { actorId: string | null; via: "confirmation" | "agent" },
): Promise<TicketState> {
  if (person.role !== "requester") throw ticketError("REQUESTER_NOT_FOUND", "body.personId");
  const row = await lockTicket(tx, SYSTEM_ACTOR, request.ticketId);
  if (
    request.linkedPersonId ||
    (await findActivePersonUnscoped(tx, row.requesterId))?.email !== UNVERIFIED_VISITOR.email
  ) {
    throw feedbackError("REQUEST_ALREADY_LINKED");
  }
  const at = deps.clock.now();
  await markConsultationLinked(tx, request.id, person.id, at);
  const data = {
    from: { requesterId: row.requesterId, organizationId: row.organizationId },
    to: { requesterId: person.id, organizationId: person.organizationId },
    via: by.via,
  };
  return recordEvents(deps, tx, row, rowToState(row), [{ type: "requester_linked", at, actorId: by.actorId, data }]);
}

/** An agent matches an unverified consultation ticket to a person they know it is (staff who may change the ticket). */
export async function linkConsultation(deps: Deps, actor: Actor, ref: string, personId: string) {
  const ticket = await getTicket(deps, actor, ref);
  authorize(actor, "update", ticket); // staff only: requesters never change a ticket's requester
  return deps.db.transaction(async (tx) => {
    const request = await findConsultationOfTicketUnscoped(tx, ticket.id);
    if (!request) throw feedbackError("CONSULTATION_NOT_FOUND", "params.id");
    const person = await findActivePersonUnscoped(tx, personId);
    if (!person) throw ticketError("REQUESTER_NOT_FOUND", "body.personId");
    const state = await linkRequester(deps, tx, request, person, { actorId: actorIdOf(actor), via: "agent" });
    return { id: ticket.id, number: ticket.number, ...state };
  });
}
