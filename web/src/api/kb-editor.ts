import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { client, type ApiAnswer, type ApiBody } from "./client.ts";

// The knowledge base as staff keep it (the console's /console/kb pages): the article list with drafts and overdue
// reviews, one article opened for editing (no view counted), writing and publishing, versions with their diff and
// restore, categories, and the owners' report. Readers' pages have their own module (articles.ts).

export type KbArticle = ApiAnswer<"/api/v1/kb/articles/{id}", "get">;
export type KbArticleSummary = ApiAnswer<"/api/v1/kb/articles", "get">["items"][number];
export type KbCategory = ApiAnswer<"/api/v1/kb/categories", "get">["items"][number];
export type KbVersion = ApiAnswer<"/api/v1/kb/articles/{id}/versions", "get">["items"][number];
export type KbDiff = ApiAnswer<"/api/v1/kb/articles/{id}/diff", "get">;
export type KbReport = ApiAnswer<"/api/v1/kb/report", "get">;
export type KbReportFigures = KbReport["mostViewed"][number];
export type NewKbArticle = ApiBody<"/api/v1/kb/articles", "post">;
export type KbArticlePatch = ApiBody<"/api/v1/kb/articles/{id}", "patch">;
export type KbListFilters = NonNullable<NonNullable<Parameters<typeof client.get<"/api/v1/kb/articles">>[1]>["query"]>;
export type KbAudience = KbArticle["audiences"][number];
export type KbStatus = KbArticle["status"];
export type KbLanguage = KbArticle["language"];
export type KbVisibility = KbArticle["visibility"];
export type KbPreview = ApiAnswer<"/api/v1/kb/articles/preview", "post">;

export const kbEditorKeys = {
  all: ["kb-editor"] as const,
  list: (filters: KbListFilters) => ["kb-editor", "list", filters] as const,
  one: (id: string) => ["kb-editor", "article", id] as const,
  versions: (id: string) => ["kb-editor", "article", id, "versions"] as const,
  diff: (id: string, from: number, to: number) => ["kb-editor", "article", id, "diff", from, to] as const,
  categories: ["kb-editor", "categories"] as const,
  preview: (body: string, language: KbLanguage) => ["kb-editor", "preview", language, body] as const,
  report: (mine: boolean) => ["kb-editor", "report", mine] as const,
  searchStats: (days: number) => ["kb-editor", "search-stats", days] as const,
};

/** Every article staff may see (drafts and agents-only ones too), by title, narrowed by the filters given. */
export function useKbArticles(filters: KbListFilters) {
  return useQuery({
    queryKey: kbEditorKeys.list(filters),
    queryFn: () => client.get("/api/v1/kb/articles", { query: filters }).then((r) => r.items),
    placeholderData: keepPreviousData,
  });
}

/** One article as an editor opens it: rendered, with its other language versions; no view is counted. */
export function useKbArticle(id: string | undefined) {
  return useQuery({
    queryKey: kbEditorKeys.one(id ?? ""),
    queryFn: () => client.get("/api/v1/kb/articles/{id}", { path: { id: id! }, query: { purpose: "edit" } }),
    enabled: Boolean(id),
    retry: false,
  });
}

export function createKbArticle(body: NewKbArticle) {
  return client.post("/api/v1/kb/articles", { body });
}

/** Saves a change; `version` is the one the editor read, and a stale one answers 409 ARTICLE_VERSION_CONFLICT. */
export function updateKbArticle(id: string, body: KbArticlePatch) {
  return client.patch("/api/v1/kb/articles/{id}", { path: { id }, body });
}

/** An article's versions, newest first. */
export function useKbVersions(id: string) {
  return useQuery({
    queryKey: kbEditorKeys.versions(id),
    queryFn: () => client.get("/api/v1/kb/articles/{id}/versions", { path: { id } }).then((r) => r.items),
  });
}

/** What changed between two versions: the title, and the Markdown line by line. */
export function useKbDiff(id: string, range: { from: number; to: number } | null) {
  return useQuery({
    queryKey: kbEditorKeys.diff(id, range?.from ?? 0, range?.to ?? 0),
    queryFn: () => client.get("/api/v1/kb/articles/{id}/diff", { path: { id }, query: range! }),
    enabled: range !== null,
  });
}

/** Brings back an earlier version as a new one; answers the article. */
export function restoreKbVersion(id: string, version: number) {
  return client.post("/api/v1/kb/articles/{id}/versions/{version}/restore", { path: { id, version } });
}

export function useKbCategories() {
  return useQuery({
    queryKey: kbEditorKeys.categories,
    queryFn: () => client.get("/api/v1/kb/categories").then((r) => r.items),
  });
}

export function createKbCategory(body: ApiBody<"/api/v1/kb/categories", "post">) {
  return client.post("/api/v1/kb/categories", { body });
}

export function updateKbCategory(id: string, body: ApiBody<"/api/v1/kb/categories/{id}", "patch">) {
  return client.patch("/api/v1/kb/categories/{id}", { path: { id }, body });
}

/** The owners' report on published articles; `mine` keeps the caller's own. */
export function useKbReport(mine: boolean) {
  return useQuery({
    queryKey: kbEditorKeys.report(mine),
    queryFn: () => client.get("/api/v1/kb/report", { query: { mine: mine ? "true" : "false" } }),
  });
}

/**
 * Unsaved Markdown rendered by the server exactly as a saved article is (the live preview). The last answer stays
 * shown while the next is asked, so the preview does not flicker as the writer types.
 */
export function useKbPreview(body: string, language: KbLanguage) {
  return useQuery({
    queryKey: kbEditorKeys.preview(body, language),
    queryFn: () => client.post("/api/v1/kb/articles/preview", { body: { body, language } }),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
}

export type SearchStats = ApiAnswer<"/api/v1/knowledge/search-stats", "get">;

/** What people searched for over the last `days` days: top searches, and top searches that found nothing. */
export function useSearchStats(days: number) {
  return useQuery({
    queryKey: kbEditorKeys.searchStats(days),
    queryFn: () => {
      const to = new Date();
      const from = new Date(to.getTime() - days * 86_400_000);
      return client.get("/api/v1/knowledge/search-stats", {
        query: { from: from.toISOString(), to: to.toISOString(), limit: 20 },
      });
    },
  });
}
