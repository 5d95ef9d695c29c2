import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Actor } from "../../identity/actor.ts";
import { organizations } from "../../identity/identity.tables.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Status } from "../../shared/enums.ts";
import { ticketSla } from "../../sla/sla.tables.ts";
import { savedViews } from "../agent-tools.tables.ts";
import { filtersNeedSla, ticketFilterConditions, type TicketFilters } from "../ticket/list-tickets.store.ts";
import { visibleTo } from "../ticket/ticket.store.ts";
import { tickets } from "../ticket.tables.ts";

export type SavedViewRow = typeof savedViews.$inferSelect;

const whereAll = (conditions: SQL[]): SQL => and(...conditions) ?? sql`true`;

/**
 * How many tickets the actor may see match each set of list filters, in one statement: one
 * `count(*) FILTER (WHERE …)` per set, over the visible tickets narrowed to `statuses` (every set must
 * ask for a subset of them). The conditions are the list's own, so each count is the length of its list.
 */
export async function countEach(
  db: Db,
  actor: Actor,
  sets: readonly TicketFilters[],
  statuses: readonly Status[],
  now: Date,
): Promise<number[]> {
  if (sets.length === 0) return [];
  const fields: Record<string, SQL<number>> = {};
  sets.forEach((f, i) => {
    fields[`c${i}`] = sql<number>`count(*) filter (where ${whereAll(ticketFilterConditions(actor, f, now))})`.mapWith(
      Number,
    );
  });
  let query = db.select(fields).from(tickets).$dynamic();
  if (sets.some(filtersNeedSla)) query = query.leftJoin(ticketSla, eq(ticketSla.ticketId, tickets.id));
  const [row] = await query.where(and(visibleTo(actor), inArray(tickets.status, [...statuses])));
  return sets.map((_f, i) => Number(row?.[`c${i}`] ?? 0));
}

/** How many tickets the actor may see match one set of list filters (the list's query in count mode). */
export async function countMatching(db: Db, actor: Actor, f: TicketFilters, now: Date): Promise<number> {
  let query = db.select({ n: count() }).from(tickets).$dynamic();
  if (filtersNeedSla(f)) query = query.leftJoin(ticketSla, eq(ticketSla.ticketId, tickets.id));
  const [row] = await query.where(and(visibleTo(actor), ...ticketFilterConditions(actor, f, now)));
  return Number(row?.n ?? 0);
}

/** The client organizations with tickets in `statuses` the actor may see, by name, with how many (one grouped query). */
export async function countByClientOrganization(db: Db, actor: Actor, statuses: readonly Status[]) {
  return db
    .select({ organizationId: tickets.organizationId, name: organizations.name, count: count().mapWith(Number) })
    .from(tickets)
    .innerJoin(organizations, eq(organizations.id, tickets.organizationId))
    .where(and(visibleTo(actor), inArray(tickets.status, [...statuses]), eq(organizations.kind, "client")))
    .groupBy(tickets.organizationId, organizations.name)
    .orderBy(asc(organizations.name), asc(tickets.organizationId));
}

/** A person's saved views, in their order. Scoped by owner: nobody reads another's views. */
export async function findSavedViews(db: Db, ownerId: string): Promise<SavedViewRow[]> {
  return db
    .select()
    .from(savedViews)
    .where(eq(savedViews.ownerId, ownerId))
    .orderBy(asc(savedViews.position), sql`lower(${savedViews.name})`, asc(savedViews.id));
}

export async function countSavedViews(db: Db, ownerId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(savedViews).where(eq(savedViews.ownerId, ownerId));
  return Number(row?.n ?? 0);
}

/** A saved view of its owner's, locked for the rest of the transaction; undefined for anyone else's. */
export async function lockSavedView(tx: Db, ownerId: string, id: string): Promise<SavedViewRow | undefined> {
  const [row] = await tx
    .select()
    .from(savedViews)
    .where(and(eq(savedViews.id, id), eq(savedViews.ownerId, ownerId)))
    .for("update");
  return row;
}

/** Adds a view at the end of its owner's list (unless a position is given). */
export async function insertSavedView(
  tx: Db,
  row: { ownerId: string; name: string; filters: Record<string, string>; at: Date; position?: number },
): Promise<SavedViewRow> {
  const last = sql`(select coalesce(max(${savedViews.position}) + 1, 0) from ${savedViews} where ${savedViews.ownerId} = ${row.ownerId})`;
  const [created] = await tx
    .insert(savedViews)
    .values({
      ownerId: row.ownerId,
      name: row.name,
      filters: row.filters,
      position: row.position ?? last,
      createdAt: row.at,
      updatedAt: row.at,
    })
    .returning();
  return created!;
}

export async function updateSavedViewRow(
  tx: Db,
  id: string,
  patch: Partial<Pick<SavedViewRow, "name" | "filters" | "position">>,
  at: Date,
): Promise<SavedViewRow> {
  const [row] = await tx
    .update(savedViews)
    .set({ ...patch, updatedAt: at })
    .where(eq(savedViews.id, id))
    .returning();
  return row!;
}

/** Deletes a view of its owner's; false when there is none (or it is someone else's). */
export async function deleteSavedViewRow(tx: Db, ownerId: string, id: string): Promise<boolean> {
  const deleted = await tx
    .delete(savedViews)
    .where(and(eq(savedViews.id, id), eq(savedViews.ownerId, ownerId)))
    .returning({ id: savedViews.id });
  return deleted.length === 1;
}
