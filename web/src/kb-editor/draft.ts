import { ApiError } from "../app/api.ts";
import type {
  KbArticle,
  KbArticlePatch,
  KbAudience,
  KbLanguage,
  KbStatus,
  KbVisibility,
  NewKbArticle,
} from "../api/kb-editor.ts";

// The article editor's form as plain values, and how it becomes the API's bodies. Pure, so it is tested in Node.

export const AUDIENCES: readonly KbAudience[] = ["new", "current", "agents"];
export const LANGUAGES: readonly KbLanguage[] = ["en", "ur"];
export const VISIBILITIES: readonly KbVisibility[] = ["signed_in", "public"];

export type ArticleDraft = {
  key: string;
  language: KbLanguage;
  title: string;
  body: string;
  categoryId: string;
  audiences: KbAudience[];
  tags: string;
  visibility: KbVisibility;
  ownerId: string;
  reviewBy: string;
  note: string;
};

/** What a new article starts as; `pairOf` (an article in the other language) makes it that article's translation. */
export function emptyDraft(
  pairOf?: Pick<
    KbArticle,
    "key" | "language" | "categoryId" | "audiences" | "tags" | "visibility" | "ownerId" | "reviewBy"
  >,
): ArticleDraft {
  return {
    key: pairOf?.key ?? "",
    language: pairOf ? (pairOf.language === "en" ? "ur" : "en") : "en",
    title: "",
    body: "",
    categoryId: pairOf?.categoryId ?? "",
    audiences: pairOf ? [...pairOf.audiences] : ["current"],
    tags: pairOf ? pairOf.tags.join(", ") : "",
    visibility: pairOf?.visibility ?? "signed_in",
    ownerId: pairOf?.ownerId ?? "",
    reviewBy: pairOf?.reviewBy ?? "",
    note: "",
  };
}

/** The form filled from a saved article. */
export function draftOf(article: KbArticle): ArticleDraft {
  return {
    key: article.key,
    language: article.language,
    title: article.title,
    body: article.body,
    categoryId: article.categoryId ?? "",
    audiences: [...article.audiences],
    tags: article.tags.join(", "),
    visibility: article.visibility,
    ownerId: article.ownerId ?? "",
    reviewBy: article.reviewBy ?? "",
    note: "",
  };
}

/** Tags typed as a comma list: trimmed, empty ones dropped, each once (the first spelling kept). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(",")) {
    const tag = raw.trim();
    if (tag === "" || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

/** Turns an audience on or off, keeping the API's order (new, current, agents). */
export function toggleAudience(audiences: readonly KbAudience[], audience: KbAudience, on: boolean): KbAudience[] {
  return AUDIENCES.filter((a) => (a === audience ? on : audiences.includes(a)));
}

function shared(draft: ArticleDraft) {
  return {
    title: draft.title,
    body: draft.body,
    categoryId: draft.categoryId || null,
    audiences: draft.audiences,
    tags: parseTags(draft.tags),
    visibility: draft.visibility,
    ownerId: draft.ownerId || null,
    reviewBy: draft.reviewBy || null,
  };
}

/** The body that writes a new article (its key, when given, pairs it with the other language's version). */
export function newArticleBody(draft: ArticleDraft, status: KbStatus): NewKbArticle {
  return { ...shared(draft), ...(draft.key ? { key: draft.key } : {}), language: draft.language, status };
}

/** The body that saves an edit on top of the version the editor read. */
export function articlePatch(draft: ArticleDraft, version: number, status: KbStatus): KbArticlePatch {
  const note = draft.note.trim();
  return { ...shared(draft), version, status, ...(note ? { note } : {}) };
}

/** Whether a save failed because someone saved the article after it was opened (409). */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === "ARTICLE_VERSION_CONFLICT";
}

/** The newest version on the server, when a 409 names it. */
export function currentVersionOf(error: unknown): number | null {
  const value = error instanceof ApiError ? error.body.currentVersion : undefined;
  return typeof value === "number" ? value : null;
}
