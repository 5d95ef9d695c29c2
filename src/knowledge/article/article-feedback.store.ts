import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import { articleDeflections, articleFeedback, articles, ticketArticles } from "./article.tables.ts";

/** Records (or replaces) a person's "was this helpful?" answer to an article. */
export async function upsertArticleFeedback(
  tx: Db,
  row: { articleId: string; personId: string; helpful: boolean; comment: string; createdAt: Date },
): Promise<void> {
  await tx
    .insert(articleFeedback)
    .values(row)
    .onConflictDoUpdate({
      target: [articleFeedback.articleId, articleFeedback.personId],
      set: { helpful: row.helpful, comment: row.comment, createdAt: row.createdAt },
    });
}

/** Counts a deflection once per draft: true when this call recorded it, false when the draft was already counted. */
export async function insertDeflectionOnce(
  tx: Db,
  row: { draftId: string; articleId: string; personId: string; createdAt: Date },
): Promise<boolean> {
  const inserted = await tx
    .insert(articleDeflections)
    .values(row)
    .onConflictDoNothing({ target: articleDeflections.draftId })
    .returning({ draftId: articleDeflections.draftId });
  return inserted.length > 0;
}

/** Links an article to a ticket (once; linking again changes nothing). */
export async function insertTicketArticle(
  tx: Db,
  row: { ticketId: string; articleId: string; linkedBy: string | null; createdAt: Date },
): Promise<void> {
  await tx.insert(ticketArticles).values(row).onConflictDoNothing();
}

export async function deleteTicketArticle(tx: Db, ticketId: string, articleId: string): Promise<boolean> {
  const deleted = await tx
    .delete(ticketArticles)
    .where(and(eq(ticketArticles.ticketId, ticketId), eq(ticketArticles.articleId, articleId)))
    .returning({ articleId: ticketArticles.articleId });
  return deleted.length > 0;
}

/** The articles linked to a ticket, in the order they were linked. */
export async function findTicketArticles(db: Db, ticketId: string) {
  return db
    .select({
      id: articles.id,
      key: articles.key,
      language: articles.language,
      title: articles.title,
      status: articles.status,
      visibility: articles.visibility,
      audiences: articles.audiences,
      linkedAt: ticketArticles.createdAt,
    })
    .from(ticketArticles)
    .innerJoin(articles, eq(articles.id, ticketArticles.articleId))
    .where(eq(ticketArticles.ticketId, ticketId))
    .orderBy(asc(ticketArticles.createdAt), asc(articles.id));
}

/** Per article: views, helpful and unhelpful answers, deflections; the owners' report sorts and cuts these. */
export async function findArticleFigures(db: Db) {
  const helpful = sql<number>`(select count(*)::int from ${articleFeedback} f where f.article_id = ${articles.id} and f.helpful)`;
  const unhelpful = sql<number>`(select count(*)::int from ${articleFeedback} f where f.article_id = ${articles.id} and not f.helpful)`;
  const deflections = sql<number>`(select count(*)::int from ${articleDeflections} d where d.article_id = ${articles.id})`;
  return db
    .select({
      id: articles.id,
      title: articles.title,
      language: articles.language,
      ownerId: articles.ownerId,
      views: articles.viewCount,
      helpful,
      unhelpful,
      deflections,
    })
    .from(articles)
    .where(eq(articles.status, "published"))
    .orderBy(desc(articles.viewCount), asc(articles.id));
}

/** The latest comments readers left with their answer, newest first. */
export async function findFeedbackComments(db: Db, limit: number) {
  return db
    .select({
      articleId: articleFeedback.articleId,
      title: articles.title,
      helpful: articleFeedback.helpful,
      comment: articleFeedback.comment,
      at: articleFeedback.createdAt,
    })
    .from(articleFeedback)
    .innerJoin(articles, eq(articles.id, articleFeedback.articleId))
    .where(sql`${articleFeedback.comment} <> ''`)
    .orderBy(desc(articleFeedback.createdAt))
    .limit(limit);
}
