import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import type { TicketEvent } from "../ticket/events.ts";
import { ticketEvents } from "../ticket.tables.ts";
import { WORK_EVENT_TYPES } from "./work-time.ts";

/**
 * The `visit` and `remote_session` events of one ticket, oldest first: all the work-time fold reads (the ticket's
 * other events are left in the table). Unscoped: the caller has already shown the ticket may be read.
 */
export async function workEventsUnscoped(db: Db, ticketId: string): Promise<TicketEvent[]> {
  const rows = await db
    .select({ type: ticketEvents.type, actorId: ticketEvents.actorId, at: ticketEvents.at, data: ticketEvents.data })
    .from(ticketEvents)
    .where(and(eq(ticketEvents.ticketId, ticketId), inArray(ticketEvents.type, [...WORK_EVENT_TYPES])))
    .orderBy(asc(ticketEvents.seq));
  return rows as unknown as TicketEvent[];
}
