import { z } from "zod";
import { storableText } from "../../shared/storable-text.ts";
import { ARTICLE_STATUSES, CONTENT_LANGUAGES, CONTENT_VISIBILITIES, KNOWLEDGE_AUDIENCES } from "../../shared/enums.ts";
import { MAX_TAGS } from "./article-content.ts";

/** The request shapes of the article routes (write and read), shared by the staff, portal and public routes. */
export const ArticleIdParam = z.object({ id: z.uuid() });
export const ArticleKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "lower-case letters, digits and hyphens, at most 80")
  .describe("The stable name the language versions share (an import file's name)");
export const ArticleTitle = storableText().trim().min(1).max(200);
export const ArticleBody = storableText()
  .max(100_000)
  .refine((s) => s.trim().length > 0, "must not be empty")
  .describe("Markdown; raw HTML is shown as text");
export const ArticleTags = z.array(storableText().trim().min(1).max(40)).max(MAX_TAGS);
export const ArticleAudiences = z.array(z.enum(KNOWLEDGE_AUDIENCES)).min(1);
export const ReviewBy = z.iso.date().nullable().describe("The day by which the owner should review it (YYYY-MM-DD)");

export const NewArticleBody = z.strictObject({
  key: ArticleKey.optional(),
  language: z.enum(CONTENT_LANGUAGES).default("en"),
  title: ArticleTitle,
  body: ArticleBody,
  categoryId: z.uuid().nullable().optional(),
  audiences: ArticleAudiences,
  tags: ArticleTags.default([]),
  visibility: z.enum(CONTENT_VISIBILITIES).default("signed_in"),
  status: z.enum(ARTICLE_STATUSES).default("draft"),
  ownerId: z.uuid().nullable().optional(),
  reviewBy: ReviewBy.optional(),
});

export const ArticlePatchBody = z.strictObject({
  version: z.number().int().min(1).describe("The version you read; a stale one answers 409 ARTICLE_VERSION_CONFLICT"),
  title: ArticleTitle.optional(),
  body: ArticleBody.optional(),
  categoryId: z.uuid().nullable().optional(),
  audiences: ArticleAudiences.optional(),
  tags: ArticleTags.optional(),
  visibility: z.enum(CONTENT_VISIBILITIES).optional(),
  status: z.enum(ARTICLE_STATUSES).optional(),
  ownerId: z.uuid().nullable().optional(),
  reviewBy: ReviewBy.optional(),
  note: storableText().trim().max(500).optional().describe("What the change was, for the history"),
});

export const ArticlePreviewBody = z.strictObject({
  body: storableText()
    .max(100_000)
    .describe("The unsaved Markdown; the same limit as an article's body (an empty one previews as nothing)"),
  language: z.enum(CONTENT_LANGUAGES).default("en").describe("Decides the direction: Urdu reads right to left"),
});

export const ArticleListQuery = z.strictObject({
  categoryId: z.uuid().optional(),
  audience: z.enum(KNOWLEDGE_AUDIENCES).optional(),
  status: z.enum(ARTICLE_STATUSES).optional(),
  language: z.enum(CONTENT_LANGUAGES).optional(),
  reviewDue: z.enum(["true"]).optional().describe("Only those whose review-by day has passed"),
});
