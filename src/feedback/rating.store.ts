import { eq } from "drizzle-orm";
import type { Db } from "../platform/db/database.ts";
import { satisfactionRatings } from "./feedback.tables.ts";

export type RatingRow = typeof satisfactionRatings.$inferSelect;

/** A ticket's rating, if it has one. Unscoped: callers check access to the ticket first. */
export async function findRatingUnscoped(db: Db, ticketId: string): Promise<RatingRow | undefined> {
  const [row] = await db.select().from(satisfactionRatings).where(eq(satisfactionRatings.ticketId, ticketId));
  return row;
}

/** Writes a ticket's rating: the first one, or a revision of it (one per ticket). */
export async function saveRating(
  tx: Db,
  row: { ticketId: string; personId: string; score: number; comment: string; at: Date },
): Promise<RatingRow> {
  const [saved] = await tx
    .insert(satisfactionRatings)
    .values({
      ticketId: row.ticketId,
      personId: row.personId,
      score: row.score,
      comment: row.comment,
      createdAt: row.at,
      updatedAt: row.at,
    })
    .onConflictDoUpdate({
      target: satisfactionRatings.ticketId,
      set: { personId: row.personId, score: row.score, comment: row.comment, updatedAt: row.at },
    })
    .returning();
  return saved!;
}
