import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ApiOptions } from "../app/api.ts";
import { client, type ApiAnswer, type ApiBody, type Schema } from "./client.ts";

// Knowledge base articles for readers: signed in, what the read policy allows (GET /api/v1/kb/…, audiences
// included); signed out, the public articles only (GET /api/v1/public/kb/…). Feedback, the suggestions shown while a
// request is typed, and deflections. Writing articles is the editor's module (kb-editor.ts).

export type ArticleSummary = Schema<"ArticleSummary">;
export type Article = Schema<"Article">;
/** A category as both the signed-in and the public list name it. */
export type KbCategory = Pick<Schema<"KbCategory">, "id" | "name" | "nameUr">;
export type ArticleSuggestion = ApiAnswer<"/api/v1/kb/suggestions", "get">["items"][number];

/** Who reads decides which API answers: the same page serves visitors and signed-in people. */
export type Reader = "signed-in" | "public";

export const articleKeys = {
  all: ["kb"] as const,
  list: (reader: Reader) => ["kb", reader, "articles"] as const,
  categories: (reader: Reader) => ["kb", reader, "categories"] as const,
  one: (reader: Reader, id: string) => ["kb", reader, "article", id] as const,
  suggestions: (text: string, language: string) => ["kb", "suggestions", text, language] as const,
};

/** The published articles the reader may read, by title (staff see drafts in the editor, not here). */
export function useKbArticles(reader: Reader, enabled = true) {
  return useQuery({
    queryKey: articleKeys.list(reader),
    queryFn: async (): Promise<ArticleSummary[]> =>
      reader === "public"
        ? (await client.get("/api/v1/public/kb/articles")).items
        : (await client.get("/api/v1/kb/articles", { query: { status: "published" } })).items,
    enabled,
    staleTime: 60_000,
  });
}

export function useKbCategories(reader: Reader, enabled = true) {
  return useQuery({
    queryKey: articleKeys.categories(reader),
    queryFn: async (): Promise<KbCategory[]> => {
      const items: KbCategory[] =
        reader === "public"
          ? (await client.get("/api/v1/public/kb/categories")).items
          : (await client.get("/api/v1/kb/categories")).items;
      return items.map(({ id, name, nameUr }) => ({ id, name, nameUr }));
    },
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** One article, rendered by the server; reading it counts a view (a 404 problem for one the reader may not read). */
export function useArticle(reader: Reader, id: string, enabled = true) {
  return useQuery({
    queryKey: articleKeys.one(reader, id),
    queryFn: (): Promise<Article> =>
      reader === "public"
        ? client.get("/api/v1/public/kb/articles/{id}", { path: { id } })
        : client.get("/api/v1/kb/articles/{id}", { path: { id } }),
    enabled: enabled && id !== "",
    retry: false,
    staleTime: 60_000,
  });
}

/** "Was this helpful?": answering again replaces the earlier answer. */
export function rateArticle(id: string, body: ApiBody<"/api/v1/kb/articles/{id}/feedback", "post">) {
  return client.post("/api/v1/kb/articles/{id}/feedback", { path: { id }, body });
}

/** Articles that may answer a request being typed; the previous ones stay shown while the next answer comes. */
/** Suggestions for a draft: each article once, in the reader's language (`en`, `ur`) when it has a version in it. */
export function useArticleSuggestions(text: string, language: string) {
  const lang = language === "ur" ? "ur" : "en";
  return useQuery({
    queryKey: articleKeys.suggestions(text, lang),
    queryFn: async (): Promise<ArticleSuggestion[]> =>
      (await client.get("/api/v1/kb/suggestions", { query: { text, language: lang } })).items,
    enabled: text.trim() !== "",
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/**
 * A draft left unsent after a suggested article was opened (the server counts one per draft id). Sent with
 * `keepalive` so that it still leaves when the page is being closed.
 */
export function recordDeflection(body: ApiBody<"/api/v1/kb/deflections", "post">, options: ApiOptions = {}) {
  return client.post("/api/v1/kb/deflections", { body, ...options });
}
