import type { Deps } from "../../context.ts";
import { SYSTEM_ACTOR } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import type { TicketState } from "../ticket/events.ts";
import { lockTicket, rowToState } from "../ticket/ticket.store.ts";
import { recordVisitEvent } from "./record-visit-event.ts";
import { missedWindowDueAt } from "./visit.ts";
import { findVisitUnscoped, rowToVisit } from "./visit.store.ts";

/**
 * Records that a visit's window ended without the technician on site (the SLA worker, when the window's end falls
 * due), as the visit's `window_missed` event in the worker's transaction. Nothing when it no longer applies (the
 * technician arrived, the visit was cancelled or moved meanwhile). Returns the ticket after, or undefined.
 */
export async function markVisitMissed(
  deps: Deps,
  tx: Db,
  ticketId: string,
  visitId: string,
): Promise<TicketState | undefined> {
  const ticket = await lockTicket(tx, SYSTEM_ACTOR, ticketId);
  const row = await findVisitUnscoped(tx, visitId);
  if (!row || row.ticketId !== ticketId) return undefined;
  const visit = rowToVisit(row);
  const due = missedWindowDueAt(visit);
  if (due === null || due > deps.clock.now().getTime()) return undefined;
  await recordVisitEvent(deps, tx, SYSTEM_ACTOR, ticket, visit, {
    action: "window_missed",
    visitId,
    windowEnd: visit.windowEnd.toISOString(),
  });
  return rowToState(await lockTicket(tx, SYSTEM_ACTOR, ticketId));
}
