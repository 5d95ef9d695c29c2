import { and, asc, desc, eq, gte, inArray, isNull, or } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import { ACTIVE_STATUSES } from "../ticket/ticket.ts";
import { publicIncidents, publicIncidentUpdates, tickets } from "../ticket.tables.ts";

export type PublicIncidentRow = typeof publicIncidents.$inferSelect;

/** A ticket's public incident (published or not). Unscoped: callers check the ticket is visible first. */
export async function findPublicIncidentUnscoped(db: Db, ticketId: string): Promise<PublicIncidentRow | undefined> {
  const [row] = await db.select().from(publicIncidents).where(eq(publicIncidents.ticketId, ticketId));
  return row;
}

/** Puts a ticket on the status page under `title`, or retitles it there. */
export async function savePublicIncident(
  tx: Db,
  row: { ticketId: string; title: string; publishedAt: Date },
): Promise<void> {
  await tx
    .insert(publicIncidents)
    .values({ ...row, unpublishedAt: null })
    .onConflictDoUpdate({
      target: publicIncidents.ticketId,
      set: { title: row.title, publishedAt: row.publishedAt, unpublishedAt: null },
    });
}

export async function markPublicIncidentUnpublished(tx: Db, ticketId: string, at: Date): Promise<void> {
  await tx.update(publicIncidents).set({ unpublishedAt: at }).where(eq(publicIncidents.ticketId, ticketId));
}

export async function insertPublicIncidentUpdate(tx: Db, row: typeof publicIncidentUpdates.$inferInsert) {
  const [created] = await tx.insert(publicIncidentUpdates).values(row).returning();
  return created!;
}

/** The public updates of some incidents, oldest first. */
export async function listPublicIncidentUpdatesUnscoped(db: Db, ticketIds: readonly string[]) {
  if (ticketIds.length === 0) return [];
  return db
    .select()
    .from(publicIncidentUpdates)
    .where(inArray(publicIncidentUpdates.ticketId, [...ticketIds]))
    .orderBy(asc(publicIncidentUpdates.at), asc(publicIncidentUpdates.id));
}

/**
 * What the public status page lists: incidents staff published and did not take off, whose ticket is still being
 * worked or was resolved since `resolvedSince`, newest first. Unscoped on purpose: only the staff-written title, the
 * ticket's number and its state leave, never anything the requester typed nor who they are.
 */
export async function findPublishedIncidentsUnscoped(db: Db, limit: number, resolvedSince: Date) {
  return db
    .select({
      ticketId: publicIncidents.ticketId,
      number: tickets.number,
      title: publicIncidents.title,
      publishedAt: publicIncidents.publishedAt,
      status: tickets.status,
      resolvedAt: tickets.resolvedAt,
    })
    .from(publicIncidents)
    .innerJoin(tickets, eq(tickets.id, publicIncidents.ticketId))
    .where(
      and(
        isNull(publicIncidents.unpublishedAt),
        or(inArray(tickets.status, [...ACTIVE_STATUSES]), gte(tickets.resolvedAt, resolvedSince)),
      ),
    )
    .orderBy(desc(publicIncidents.publishedAt), desc(tickets.number))
    .limit(limit);
}
