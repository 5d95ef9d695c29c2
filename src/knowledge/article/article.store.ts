import { and, asc, desc, eq, getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import { hasScope, isStaff, type Actor } from "../../identity/actor.ts";
import { people } from "../../identity/identity.tables.ts";
import type { Db } from "../../platform/db/database.ts";
import type { ArticleStatus, ContentLanguage, KnowledgeAudience } from "../../shared/enums.ts";
import { articles, articleVersions, kbCategories } from "./article.tables.ts";

export type ArticleRow = Omit<typeof articles.$inferSelect, "searchVector">;
export type ArticleVersionRow = typeof articleVersions.$inferSelect;
export type KbCategoryRow = typeof kbCategories.$inferSelect;
/** An article as lists and pages show it: with its category's names and its owner's name. */
export type ArticleListRow = ArticleRow & {
  categoryName: string | null;
  categoryNameUr: string | null;
  ownerName: string | null;
};

/** The most a list returns; the portal browses by category and search narrows further. */
export const MAX_ARTICLES = 500;

/** The text search configuration of a language: English stems, Urdu (no stemmer in PostgreSQL) splits on words. */
export function searchConfigOf(language: ContentLanguage): string {
  return language === "ur" ? "simple" : "english";
}

/**
 * The SQL form of canReadArticle (article.policy.ts), deny by default: staff read all, a requester what is
 * published for employees, nobody signed in (null) only that and public.
 */
export function articlesVisibleTo(actor: Actor | null): SQL | undefined {
  if (actor && isStaff(actor)) return hasScope(actor, "tickets:read") ? undefined : sql`false`;
  const forEmployees = sql`${articles.status} = 'published' and ${articles.audiences} && array['new','current']::text[]`;
  if (!actor) return sql`(${forEmployees} and ${articles.visibility} = 'public')`;
  return actor.role === "requester" && hasScope(actor, "tickets:read") ? sql`(${forEmployees})` : sql`false`;
}

/** The weighted search document of an article's text: title (A), tags (B), body (C), in its language's config. */
export function searchVectorOf(a: {
  language: ContentLanguage;
  title: string;
  tags: readonly string[];
  bodyText: string;
}) {
  const config = searchConfigOf(a.language);
  return sql`setweight(to_tsvector(${config}::regconfig, ${a.title}), 'A')
    || setweight(to_tsvector(${config}::regconfig, ${a.tags.join(" ")}), 'B')
    || setweight(to_tsvector(${config}::regconfig, ${a.bodyText}), 'C')`;
}

// Every column but the search document, which only SQL reads.
const { searchVector: _searchVector, ...articleColumns } = getTableColumns(articles);

export type ArticleFilters = {
  categoryId?: string;
  audience?: KnowledgeAudience;
  status?: ArticleStatus;
  language?: ContentLanguage;
  /** Only the ones whose review-by day is before this day (YYYY-MM-DD). */
  reviewDueBefore?: string;
  /** At most this many (MAX_ARTICLES when not given; the export takes them all). */
  limit?: number;
};

function selectArticles(db: Db) {
  return db
    .select({
      ...articleColumns,
      categoryName: kbCategories.name,
      categoryNameUr: kbCategories.nameUr,
      ownerName: people.name,
    })
    .from(articles)
    .leftJoin(kbCategories, eq(kbCategories.id, articles.categoryId))
    .leftJoin(people, eq(people.id, articles.ownerId));
}

/** The articles the actor may read, by title, narrowed by the filters. */
export async function findArticles(db: Db, actor: Actor | null, f: ArticleFilters): Promise<ArticleListRow[]> {
  return selectArticles(db)
    .where(
      and(
        articlesVisibleTo(actor),
        f.categoryId ? eq(articles.categoryId, f.categoryId) : undefined,
        f.audience ? sql`${f.audience} = any(${articles.audiences})` : undefined,
        f.status ? eq(articles.status, f.status) : undefined,
        f.language ? eq(articles.language, f.language) : undefined,
        f.reviewDueBefore ? sql`${articles.reviewBy} < ${f.reviewDueBefore}::date` : undefined,
      ),
    )
    .orderBy(sql`lower(${articles.title})`, asc(articles.id))
    .limit(f.limit ?? MAX_ARTICLES);
}

/** One article the actor may read (undefined: missing or not theirs to read, which look the same). */
export async function findArticle(db: Db, actor: Actor | null, id: string): Promise<ArticleListRow | undefined> {
  const [row] = await selectArticles(db).where(and(eq(articles.id, id), articlesVisibleTo(actor)));
  return row;
}

/** The language versions of one article (by its key) the actor may read. */
export async function findTranslations(
  db: Db,
  actor: Actor | null,
  key: string,
): Promise<Array<{ id: string; language: ContentLanguage; title: string }>> {
  return db
    .select({ id: articles.id, language: articles.language, title: articles.title })
    .from(articles)
    .where(and(eq(articles.key, key), articlesVisibleTo(actor)))
    .orderBy(asc(articles.language));
}

/** Locks an article the actor may read, for the rest of the transaction. */
export async function lockArticle(tx: Db, actor: Actor, id: string): Promise<ArticleRow | undefined> {
  const [row] = await tx
    .select(articleColumns)
    .from(articles)
    .where(and(eq(articles.id, id), articlesVisibleTo(actor)))
    .for("update");
  return row;
}

/** The article with this key and language, locked; for the import, which runs as the system. */
export async function lockArticleByKeyUnscoped(
  tx: Db,
  key: string,
  language: ContentLanguage,
): Promise<ArticleRow | undefined> {
  const [row] = await tx
    .select(articleColumns)
    .from(articles)
    .where(and(eq(articles.key, key), eq(articles.language, language)))
    .for("update");
  return row;
}

type ArticleWrite = Omit<typeof articles.$inferInsert, "searchVector">;

export async function insertArticleRow(tx: Db, row: ArticleWrite & { bodyText: string }): Promise<ArticleRow> {
  const [created] = await tx
    .insert(articles)
    .values({ ...row, searchVector: searchVectorOf(row) })
    .returning(articleColumns);
  return created!;
}

/** Writes the article's new state; its search document is rebuilt from the row as it now stands. */
export async function updateArticleRow(tx: Db, before: ArticleRow, patch: Partial<ArticleWrite>): Promise<ArticleRow> {
  const after = { ...before, ...patch };
  const [row] = await tx
    .update(articles)
    .set({ ...patch, searchVector: searchVectorOf(after) })
    .where(eq(articles.id, before.id))
    .returning(articleColumns);
  return row!;
}

export async function insertArticleVersion(tx: Db, row: typeof articleVersions.$inferInsert): Promise<void> {
  await tx.insert(articleVersions).values(row);
}

/** An article's versions, newest first, with the editor's name. */
export async function findArticleVersions(db: Db, articleId: string) {
  return db
    .select({
      version: articleVersions.version,
      title: articleVersions.title,
      status: articleVersions.status,
      note: articleVersions.note,
      editedBy: articleVersions.editedBy,
      editorName: people.name,
      createdAt: articleVersions.createdAt,
    })
    .from(articleVersions)
    .leftJoin(people, eq(people.id, articleVersions.editedBy))
    .where(eq(articleVersions.articleId, articleId))
    .orderBy(desc(articleVersions.version));
}

export async function findArticleVersion(
  db: Db,
  articleId: string,
  version: number,
): Promise<ArticleVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(articleVersions)
    .where(and(eq(articleVersions.articleId, articleId), eq(articleVersions.version, version)));
  return row;
}

/** Counts one reading of an article (server-side, so the owners' report cannot be inflated by a client). */
export async function countArticleView(db: Db, id: string): Promise<void> {
  await db
    .update(articles)
    .set({ viewCount: sql`${articles.viewCount} + 1` })
    .where(eq(articles.id, id));
}

/** Whether a person is staff (an article's owner must be). */
export async function isStaffPerson(db: Db, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ role: people.role })
    .from(people)
    .where(and(eq(people.id, personId), sql`${people.role} in ('agent','manager','admin')`));
  return row !== undefined;
}

/** Which of these ids are articles (any status). Unscoped: it only checks a reference a staff write names. */
export async function existingArticleIdsUnscoped(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(inArray(articles.id, [...ids]))
    // The lock a foreign key takes: an article found here cannot be deleted before the transaction ends.
    .for("key share");
  return new Set(rows.map((r) => r.id));
}

/** The titles of those of these articles the actor may read (articlesVisibleTo), by id. */
export async function readableArticleTitles(
  db: Db,
  actor: Actor | null,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: articles.id, title: articles.title })
    .from(articles)
    .where(and(inArray(articles.id, [...ids]), articlesVisibleTo(actor)));
  return new Map(rows.map((r) => [r.id, r.title]));
}
