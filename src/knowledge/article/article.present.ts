import { z } from "zod";
import type { Actor } from "../../identity/actor.ts";
import { ARTICLE_STATUSES, CONTENT_LANGUAGES, CONTENT_VISIBILITIES, KNOWLEDGE_AUDIENCES } from "../../shared/enums.ts";
import { reviewOverdue } from "./article-content.ts";
import { canUseArticles } from "./article.policy.ts";
import type { ArticleListRow } from "./article.store.ts";
import type { ArticleWithTranslations } from "./get-article.ts";
import { renderMarkdown } from "./markdown.ts";

export const ArticleSummaryDto = z
  .object({
    id: z.uuid(),
    key: z.string(),
    language: z.enum(CONTENT_LANGUAGES),
    direction: z.enum(["ltr", "rtl"]).describe("Urdu reads right to left"),
    title: z.string(),
    categoryId: z.uuid().nullable(),
    categoryName: z.string().nullable(),
    categoryNameUr: z.string().nullable(),
    audiences: z.array(z.enum(KNOWLEDGE_AUDIENCES)),
    tags: z.array(z.string()),
    visibility: z.enum(CONTENT_VISIBILITIES),
    status: z.enum(ARTICLE_STATUSES),
    ownerId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    reviewBy: z.string().nullable().describe("YYYY-MM-DD"),
    reviewOverdue: z.boolean().describe("The review-by day has passed"),
    version: z.number().int(),
    viewCount: z.number().int(),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: "ArticleSummary" });

export const ArticleDto = ArticleSummaryDto.extend({
  body: z.string().describe("The Markdown as written"),
  html: z.string().describe("The Markdown rendered and sanitised: safe to insert"),
  translations: z
    .array(z.object({ id: z.uuid(), language: z.enum(CONTENT_LANGUAGES), title: z.string() }))
    .describe("The article's other language versions you may read"),
  abilities: z.object({ edit: z.boolean() }),
}).meta({ id: "Article" });

/** The day (YYYY-MM-DD, UTC) an instant falls on, for review-by comparisons. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function presentArticleSummary(row: ArticleListRow, now: Date): z.infer<typeof ArticleSummaryDto> {
  return {
    id: row.id,
    key: row.key,
    language: row.language,
    direction: row.language === "ur" ? "rtl" : "ltr",
    title: row.title,
    categoryId: row.categoryId,
    categoryName: row.categoryName,
    categoryNameUr: row.categoryNameUr,
    audiences: row.audiences,
    tags: row.tags,
    visibility: row.visibility,
    status: row.status,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    reviewBy: row.reviewBy,
    reviewOverdue: reviewOverdue(row.reviewBy, dayOf(now)),
    version: row.version,
    viewCount: row.viewCount,
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

export function presentArticle(
  row: ArticleWithTranslations,
  actor: Actor | null,
  now: Date,
): z.infer<typeof ArticleDto> {
  return {
    ...presentArticleSummary(row, now),
    body: row.body,
    html: renderMarkdown(row.body),
    translations: row.translations,
    abilities: { edit: actor !== null && canUseArticles(actor, "article.write") },
  };
}
