import type { ArticleStatus, ContentVisibility, KnowledgeAudience } from "../../shared/enums.ts";
import { KNOWLEDGE_AUDIENCES } from "../../shared/enums.ts";

/** What each version of an article records: the text and everything that decides where and to whom it shows. */
export type ArticleContent = {
  title: string;
  /** Markdown. */
  body: string;
  categoryId: string | null;
  audiences: KnowledgeAudience[];
  tags: string[];
  visibility: ContentVisibility;
  status: ArticleStatus;
};

export const CONTENT_FIELDS = ["title", "body", "categoryId", "audiences", "tags", "visibility", "status"] as const;

/** The most tags an article carries. */
export const MAX_TAGS = 20;

/** A stable key made of a title: lower-case ASCII words joined by hyphens ("Connect to the VPN" → connect-to-the-vpn). */
export function keyFromTitle(title: string): string {
  const key = title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return key || "article";
}

/** Tags as stored: trimmed, lower-case, each once, in the order first given. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0))];
}

/** Audiences as stored: each once, in the vocabulary's order. */
export function normaliseAudiences(audiences: readonly KnowledgeAudience[]): KnowledgeAudience[] {
  return KNOWLEDGE_AUDIENCES.filter((a) => audiences.includes(a));
}

/** Whether the review-by day has passed on `today` (both YYYY-MM-DD, so they compare as text). */
export function reviewOverdue(reviewBy: string | null, today: string): boolean {
  return reviewBy !== null && reviewBy < today;
}

/** Just the versioned content of an article or version row. */
export function contentOf(row: ArticleContent): ArticleContent {
  const { title, body, categoryId, audiences, tags, visibility, status } = row;
  return { title, body, categoryId, audiences, tags, visibility, status };
}
