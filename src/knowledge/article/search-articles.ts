// Article search for GET /api/v1/search (src/knowledge/search/): PostgreSQL full-text search over each article in
// its own language's configuration, with pg_trgm similarity of titles as the typo fallback.
import type { Actor } from "../../identity/actor.ts";
import { snippetFromHeadline, type SearchSource } from "../search/search-item.ts";
import { QUERY_MAX_WORDS } from "../search/search-query.ts";
import { authorizeArticles } from "./article.policy.ts";
import { findArticleMatches } from "./search-articles.store.ts";

/**
 * The query as searched: whitespace collapsed, cut after QUERY_MAX_WORDS words, the rule of every source
 * (search-query.ts), a trailing space kept (no prefix). Words stay as typed here: an article query keeps web search
 * syntax ("a phrase", -word).
 */
export function boundedQuery(q: string): string {
  const words = q.trim().split(/\s+/u);
  const kept = words.slice(0, QUERY_MAX_WORDS).join(" ");
  return words.length > QUERY_MAX_WORDS || /\s$/u.test(q) ? `${kept} ` : kept;
}

/** A query with no letter or digit matches nothing, whatever PostgreSQL would make of it. */
const WORDY = /[\p{L}\p{N}]/u;

/**
 * The query's last word when it should also match as a prefix ("outl" finds Outlook while someone is typing):
 * letters and digits only, none when the query ends in a quoted phrase, an exclusion or a space.
 */
export function prefixWord(q: string): string | null {
  if (/\s$/u.test(q) || /"$/u.test(q.trim())) return null;
  const last = q.trim().split(/\s+/u).pop() ?? "";
  if (last.startsWith("-")) return null;
  const word = last.replace(/[^\p{L}\p{N}]/gu, "");
  return word.length > 0 ? word : null;
}

/**
 * Articles matching `q` that the caller may read (anonymous: public ones), best first: title matches outrank
 * tags, tags outrank the body (weights A, B, C); score is ts_rank normalised to 0..1. A title within a typo or two
 * of the query (pg_trgm word similarity) is found even when no word matches, scored like a body-only match.
 */
export const searchArticles: SearchSource = async (db, actor: Actor | null, request) => {
  if (actor) authorizeArticles(actor, "article.read");
  const bounded = boundedQuery(request.q);
  const q = bounded.trim();
  if (!WORDY.test(q)) return [];
  const rows = await findArticleMatches(db, actor, { q, prefix: prefixWord(bounded), limit: request.limit });
  return rows.map((row) => {
    const { snippet, highlights } = snippetFromHeadline(row.headline || row.lead);
    return { kind: "article" as const, id: row.id, title: row.title, snippet, highlights, score: row.score };
  });
};
