import { and, asc, eq, gt, inArray, lt, ne, notInArray, sql } from "drizzle-orm";
import type { Actor } from "../../identity/actor.ts";
import { organizations, people, type OrganizationAddress } from "../../identity/identity.tables.ts";
import type { Db } from "../../platform/db/database.ts";
import { visibleTo } from "../ticket/ticket.store.ts";
import { tickets } from "../ticket.tables.ts";
import type { VisitState } from "./visit.ts";
import { ticketVisits } from "./visit.tables.ts";

export type VisitRow = typeof ticketVisits.$inferSelect;

/** A visit with what its lists show of its ticket and people. */
export type VisitView = VisitRow & {
  ticketNumber: number;
  ticketSubject: string;
  requesterId: string;
  technicianName: string;
};

/** The visit's state as the fold left it (the row is its projection). */
export function rowToVisit(row: VisitRow): VisitState {
  const { ticketId: _ticketId, ...state } = row;
  return state;
}

/** Writes a visit's folded state in the transaction of the event that changed it. */
export async function saveVisit(tx: Db, ticketId: string, state: VisitState): Promise<VisitRow> {
  const row = { ...state, ticketId };
  const [saved] = await tx
    .insert(ticketVisits)
    .values(row)
    .onConflictDoUpdate({ target: ticketVisits.id, set: { ...state } })
    .returning();
  return saved!;
}

/** A visit by id, whoever asks. Unscoped: callers lock or read its ticket through the actor's scope next. */
export async function findVisitUnscoped(db: Db, id: string): Promise<VisitRow | undefined> {
  const [row] = await db.select().from(ticketVisits).where(eq(ticketVisits.id, id));
  return row;
}

const viewColumns = {
  visit: ticketVisits,
  ticketNumber: tickets.number,
  ticketSubject: tickets.subject,
  requesterId: tickets.requesterId,
  technicianName: people.name,
};

function toView(r: {
  visit: VisitRow;
  ticketNumber: number;
  ticketSubject: string;
  requesterId: string;
  technicianName: string;
}): VisitView {
  return {
    ...r.visit,
    ticketNumber: r.ticketNumber,
    ticketSubject: r.ticketSubject,
    requesterId: r.requesterId,
    technicianName: r.technicianName,
  };
}

/** Visits whose window meets [from, to), on tickets the actor may see, earliest first; one technician's if named. */
export async function listVisitsVisibleTo(
  db: Db,
  actor: Actor,
  filter: { from: Date; to: Date; technicianId?: string | undefined; ticketId?: string | undefined },
): Promise<VisitView[]> {
  const rows = await db
    .select(viewColumns)
    .from(ticketVisits)
    .innerJoin(tickets, eq(tickets.id, ticketVisits.ticketId))
    .innerJoin(people, eq(people.id, ticketVisits.technicianId))
    .where(
      and(
        visibleTo(actor),
        lt(ticketVisits.windowStart, filter.to),
        gt(ticketVisits.windowEnd, filter.from),
        filter.technicianId ? eq(ticketVisits.technicianId, filter.technicianId) : undefined,
        filter.ticketId ? eq(ticketVisits.ticketId, filter.ticketId) : undefined,
      ),
    )
    .orderBy(asc(ticketVisits.windowStart), asc(ticketVisits.id));
  return rows.map(toView);
}

/** Every visit of one ticket, earliest window first. Unscoped: the caller has read the ticket through its scope. */
export async function listTicketVisitsUnscoped(db: Db, ticketId: string): Promise<VisitView[]> {
  const rows = await db
    .select(viewColumns)
    .from(ticketVisits)
    .innerJoin(tickets, eq(tickets.id, ticketVisits.ticketId))
    .innerJoin(people, eq(people.id, ticketVisits.technicianId))
    .where(eq(ticketVisits.ticketId, ticketId))
    .orderBy(asc(ticketVisits.windowStart), asc(ticketVisits.id));
  return rows.map(toView);
}

/** One visit with its ticket's facts, if the actor may see the ticket. */
export async function findVisitView(db: Db, actor: Actor, id: string): Promise<VisitView | undefined> {
  const [row] = await db
    .select(viewColumns)
    .from(ticketVisits)
    .innerJoin(tickets, eq(tickets.id, ticketVisits.ticketId))
    .innerJoin(people, eq(people.id, ticketVisits.technicianId))
    .where(and(eq(ticketVisits.id, id), visibleTo(actor)));
  return row && toView(row);
}

/**
 * Locks the technician's person row for the rest of the transaction, so two schedulers booking one technician at
 * once check overlaps one after the other, then reads their other live visits meeting the window. Unscoped: a
 * technician's diary is checked whoever may see those tickets (only their ids and windows are answered).
 */
export async function lockTechnicianDiaryUnscoped(
  tx: Db,
  technicianId: string,
  window: { start: Date; end: Date },
  exceptVisitId: string | null,
): Promise<Array<Pick<VisitRow, "id" | "ticketId" | "windowStart" | "windowEnd">>> {
  await tx.select({ id: people.id }).from(people).where(eq(people.id, technicianId)).for("update");
  return tx
    .select({
      id: ticketVisits.id,
      ticketId: ticketVisits.ticketId,
      windowStart: ticketVisits.windowStart,
      windowEnd: ticketVisits.windowEnd,
    })
    .from(ticketVisits)
    .where(
      and(
        eq(ticketVisits.technicianId, technicianId),
        notInArray(ticketVisits.status, ["cancelled", "completed"]),
        lt(ticketVisits.windowStart, window.end),
        gt(ticketVisits.windowEnd, window.start),
        exceptVisitId ? ne(ticketVisits.id, exceptVisitId) : undefined,
      ),
    );
}

/** An organization's addresses. Unscoped: the caller has the ticket the organization is read for. */
export async function organizationAddressesUnscoped(db: Db, organizationId: string): Promise<OrganizationAddress[]> {
  const [row] = await db
    .select({ addresses: organizations.addresses })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row?.addresses ?? [];
}

/** Names and addresses of people, for invitations. Unscoped: only the ticket's requester and its technicians. */
export async function contactsUnscoped(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: people.id, name: people.name, email: people.email })
    .from(people)
    .where(inArray(people.id, [...ids]));
}

/** The live visits of tickets, for the SLA worker's missed-window instants. Unscoped: the worker's own read. */
export async function liveVisitsOfTicketUnscoped(db: Db, ticketId: string): Promise<VisitRow[]> {
  return db
    .select()
    .from(ticketVisits)
    .where(and(eq(ticketVisits.ticketId, ticketId), sql`${ticketVisits.status} in ('scheduled', 'travelling')`));
}
