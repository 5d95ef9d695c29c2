import { inArray } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import { ticketSla } from "../../sla/sla.tables.ts";

/** What a ticket shows of its SLA at a glance (the whole story is GET /tickets/:id/sla). */
export type SlaGlance = { responseDueAt: Date | null; resolutionDueAt: Date | null; breached: boolean };

/** The SLA glance of each ticket that runs clocks, by ticket id (one query for a whole page). */
export async function slaGlances(db: Db, ticketIds: readonly string[]): Promise<Map<string, SlaGlance>> {
  if (ticketIds.length === 0) return new Map();
  const rows = await db
    .select({
      ticketId: ticketSla.ticketId,
      responseDueAt: ticketSla.responseDueAt,
      resolutionDueAt: ticketSla.resolutionDueAt,
      breached: ticketSla.breached,
    })
    .from(ticketSla)
    .where(inArray(ticketSla.ticketId, [...ticketIds]));
  return new Map(rows.map(({ ticketId, ...glance }) => [ticketId, glance]));
}
