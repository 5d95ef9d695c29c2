import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import { organizations, people } from "../../identity/identity.tables.ts";
import type { Db } from "../../platform/db/database.ts";
import { reviewActions, reviewBreachCauses, serviceReviews } from "./review.tables.ts";

export type ReviewRow = typeof serviceReviews.$inferSelect;
export type ActionRow = typeof reviewActions.$inferSelect;
export type ActionStatus = ActionRow["status"];

/** Statuses of an action still to be carried out (carried into the next review). */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ["open", "in_progress"];

/** A review by id, with its organization's name; the caller authorizes against its organization. */
export async function findReviewUnscoped(db: Db, id: string, lock = false) {
  const query = db
    .select({ review: serviceReviews, organization: organizations.name })
    .from(serviceReviews)
    .innerJoin(organizations, eq(organizations.id, serviceReviews.organizationId))
    .where(eq(serviceReviews.id, id));
  const [row] = await (lock ? query.for("update", { of: serviceReviews }) : query);
  return row;
}

/** Reviews newest period first: one organization's, or (null) every organization's. */
export async function listReviewRows(db: Db, organizationId: string | null) {
  return db
    .select({ review: serviceReviews, organization: organizations.name })
    .from(serviceReviews)
    .innerJoin(organizations, eq(organizations.id, serviceReviews.organizationId))
    .where(organizationId ? eq(serviceReviews.organizationId, organizationId) : undefined)
    .orderBy(desc(serviceReviews.periodFrom), asc(organizations.name))
    .limit(200);
}

/** Inserts a review; false when the organization already has one starting that day. */
export async function insertReview(db: Db, values: typeof serviceReviews.$inferInsert): Promise<string | null> {
  const rows = await db
    .insert(serviceReviews)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: serviceReviews.id });
  return rows[0]?.id ?? null;
}

export async function updateReview(db: Db, id: string, set: Partial<typeof serviceReviews.$inferInsert>) {
  await db.update(serviceReviews).set(set).where(eq(serviceReviews.id, id));
}

/** The organization's actions still to be done (what a new review opens with). */
export async function openActionIds(db: Db, organizationId: string): Promise<string[]> {
  const rows = await db
    .select({ id: reviewActions.id })
    .from(reviewActions)
    .where(and(eq(reviewActions.organizationId, organizationId), inArray(reviewActions.status, OPEN_ACTION_STATUSES)))
    .orderBy(asc(reviewActions.createdAt), asc(reviewActions.id));
  return rows.map((r) => r.id);
}

/** A review's actions: those agreed in it and those it was opened with, each with its owner's name. */
export async function actionsOfReview(db: Db, review: Pick<ReviewRow, "id" | "carriedActionIds">) {
  const carried = review.carriedActionIds;
  return db
    .select({ action: reviewActions, ownerName: people.name })
    .from(reviewActions)
    .innerJoin(people, eq(people.id, reviewActions.ownerId))
    .where(
      carried.length > 0
        ? or(eq(reviewActions.reviewId, review.id), inArray(reviewActions.id, [...carried]))
        : eq(reviewActions.reviewId, review.id),
    )
    .orderBy(asc(reviewActions.createdAt), asc(reviewActions.id));
}

export async function findAction(db: Db, id: string, lock = false): Promise<ActionRow | undefined> {
  const query = db.select().from(reviewActions).where(eq(reviewActions.id, id));
  const [row] = await (lock ? query.for("update") : query);
  return row;
}

export async function insertAction(db: Db, values: typeof reviewActions.$inferInsert): Promise<ActionRow> {
  const [row] = await db.insert(reviewActions).values(values).returning();
  return row!;
}

export async function updateAction(db: Db, id: string, set: Partial<typeof reviewActions.$inferInsert>) {
  await db.update(reviewActions).set(set).where(eq(reviewActions.id, id));
}

/** Someone who may own an action: an active staff member, or an active person of the organization. */
export async function isPossibleOwner(db: Db, personId: string, organizationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        eq(people.id, personId),
        eq(people.active, true),
        or(sql`${people.role} <> 'requester'`, eq(people.organizationId, organizationId)),
      ),
    );
  return row !== undefined;
}

/** A review's recorded causes, by ticket. */
export async function causesOfReview(db: Db, reviewId: string) {
  return db.select().from(reviewBreachCauses).where(eq(reviewBreachCauses.reviewId, reviewId));
}

/** Records (or replaces) the cause of a ticket's breach in a review; returns the cause it had before. */
export async function saveBreachCause(
  db: Db,
  values: typeof reviewBreachCauses.$inferInsert,
): Promise<{ previous: string | null }> {
  const [before] = await db
    .select({ cause: reviewBreachCauses.cause })
    .from(reviewBreachCauses)
    .where(and(eq(reviewBreachCauses.reviewId, values.reviewId), eq(reviewBreachCauses.ticketId, values.ticketId)));
  await db
    .insert(reviewBreachCauses)
    .values(values)
    .onConflictDoUpdate({
      target: [reviewBreachCauses.reviewId, reviewBreachCauses.ticketId],
      set: {
        cause: sql`excluded.cause`,
        recordedBy: sql`excluded.recorded_by`,
        recordedAt: sql`excluded.recorded_at`,
      },
    });
  return { previous: before?.cause ?? null };
}

/**
 * The causes recorded in the organization's reviews of periods inside [from, to), by ticket (the latest recorded
 * wins), for the pack of that period.
 */
export async function breachCausesOfPeriodUnscoped(
  db: Db,
  organizationId: string,
  from: Date,
  to: Date,
): Promise<Map<string, string>> {
  const rows = await db
    .select({ ticketId: reviewBreachCauses.ticketId, cause: reviewBreachCauses.cause })
    .from(reviewBreachCauses)
    .innerJoin(serviceReviews, eq(serviceReviews.id, reviewBreachCauses.reviewId))
    .where(
      and(
        eq(serviceReviews.organizationId, organizationId),
        sql`${serviceReviews.periodFrom} >= ${from.toISOString().slice(0, 10)}::date`,
        sql`${serviceReviews.periodTo} <= ${to.toISOString().slice(0, 10)}::date + 1`,
      ),
    )
    .orderBy(asc(reviewBreachCauses.recordedAt));
  return new Map(rows.map((r) => [r.ticketId, r.cause]));
}
