import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { people } from "../../identity/identity.tables.ts";
import type { Db } from "../../platform/db/database.ts";
import { articles } from "./article.tables.ts";

/** An article whose review is overdue, claimed for its owner's reminder. */
export type OverdueReview = {
  id: string;
  title: string;
  language: string;
  ownerId: string;
  reviewBy: string;
};

/**
 * Claims up to `limit` articles whose review-by day is before `today`, that have an owner and whose owner was not yet
 * told about this review-by day: stamps `review_notified_at` and answers them, in one statement. Rows another process
 * holds are skipped (SKIP LOCKED), and one it stamped meanwhile no longer matches when the lock is taken, so each
 * overdue period is claimed exactly once across processes. Unscoped: the worker acts for the system.
 */
export async function claimOverdueReviewsUnscoped(
  tx: Db,
  today: string,
  at: Date,
  limit: number,
): Promise<OverdueReview[]> {
  const due = and(
    sql`${articles.reviewBy} < ${today}::date`,
    isNull(articles.reviewNotifiedAt),
    isNotNull(articles.ownerId),
  );
  const claimable = tx
    .select({ id: articles.id })
    .from(articles)
    .where(due)
    .orderBy(asc(articles.reviewBy), asc(articles.id))
    .limit(limit)
    .for("update", { skipLocked: true });
  const rows = await tx
    .update(articles)
    .set({ reviewNotifiedAt: at })
    .where(and(inArray(articles.id, claimable), due))
    .returning({
      id: articles.id,
      title: articles.title,
      language: articles.language,
      ownerId: articles.ownerId,
      reviewBy: articles.reviewBy,
    });
  return rows.map((r) => ({ ...r, ownerId: r.ownerId!, reviewBy: r.reviewBy! }));
}

/** The owner's address and language for a reminder mail (active people only). */
export async function reviewOwnerUnscoped(db: Db, personId: string) {
  const [row] = await db
    .select({ email: people.email, locale: people.locale, active: people.active })
    .from(people)
    .where(eq(people.id, personId));
  return row?.active ? row : undefined;
}

/** An article's title and review-by day as they are now (a mail job may run after an edit). */
export async function articleReviewStateUnscoped(db: Db, id: string) {
  const [row] = await db
    .select({ title: articles.title, reviewBy: articles.reviewBy, ownerId: articles.ownerId })
    .from(articles)
    .where(eq(articles.id, id));
  return row;
}
