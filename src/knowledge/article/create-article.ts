import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { diffFields } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import type { Db } from "../../platform/db/database.ts";
import type { ContentLanguage } from "../../shared/enums.ts";
import { findKbCategory } from "../category/kb-category.store.ts";
import { contentOf, keyFromTitle, normaliseAudiences, normaliseTags, type ArticleContent } from "./article-content.ts";
import { articleError } from "./article.errors.ts";
import { authorizeArticles } from "./article.policy.ts";
import { insertArticleRow, insertArticleVersion, isStaffPerson, type ArticleRow } from "./article.store.ts";
import { markdownText } from "./markdown.ts";
import type { ArticleMeta } from "./save-article-version.ts";

export type NewArticle = Omit<ArticleContent, "categoryId"> &
  Partial<ArticleMeta> & {
    /** The stable name the language versions share (made from the title when not given). */
    key?: string;
    language: ContentLanguage;
    categoryId?: string | null;
  };

/** Checks the references a write names: the category must exist and the owner be staff. */
export async function checkArticleReferences(
  db: Db,
  input: { categoryId?: string | null; ownerId?: string | null },
): Promise<void> {
  if (input.categoryId && !(await findKbCategory(db, input.categoryId)))
    throw articleError("KB_CATEGORY_NOT_FOUND", "body.categoryId");
  if (input.ownerId && !(await isStaffPerson(db, input.ownerId)))
    throw articleError("ARTICLE_OWNER_INVALID", "body.ownerId");
}

/** Writes version 1 of a new article inside the caller's transaction (the import shares it). Audited. */
export async function insertArticle(tx: Db, actor: Actor, input: NewArticle, at: Date): Promise<ArticleRow> {
  const content = contentOf({
    ...input,
    categoryId: input.categoryId ?? null,
    tags: normaliseTags(input.tags),
    audiences: normaliseAudiences(input.audiences),
  });
  const row = await insertArticleRow(tx, {
    ...content,
    key: input.key ?? keyFromTitle(input.title),
    language: input.language,
    bodyText: markdownText(content.body),
    // The writer owns what they write unless they name someone else (the system owns nothing).
    ownerId: input.ownerId === undefined ? actorIdOf(actor) : input.ownerId,
    reviewBy: input.reviewBy ?? null,
    version: 1,
    createdAt: at,
    updatedAt: at,
    publishedAt: content.status === "published" ? at : null,
  }).catch((error: unknown) => {
    throw isUniqueViolation(error) ? articleError("ARTICLE_KEY_TAKEN", "body.key") : error;
  });
  await insertArticleVersion(tx, {
    articleId: row.id,
    version: 1,
    ...content,
    editedBy: actorIdOf(actor),
    createdAt: at,
  });
  const changes = diffFields(null, row, [
    "key",
    "language",
    "title",
    "categoryId",
    "audiences",
    "visibility",
    "status",
    "ownerId",
  ]);
  await recordAudit(tx, actor, { action: "kb_article.created", entity: "kb_article", entityId: row.id, changes }, at);
  return row;
}

/** Writes a new article (staff), as a draft or published; the English and Urdu versions of one share its key. */
export async function createArticle(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: NewArticle,
): Promise<ArticleRow> {
  authorizeArticles(actor, "article.write");
  return deps.db.transaction(async (tx) => {
    await checkArticleReferences(tx, input);
    return insertArticle(tx, actor, input, deps.clock.now());
  });
}
