import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import type { ContentLanguage } from "../../shared/enums.ts";
import { articlesVisibleTo } from "./article.store.ts";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "../search/search-item.ts";
import { articles } from "./article.tables.ts";

/** ts_headline's options: the search contract's markers, a couple of short fragments. */
const HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * How close a misspelt query must come to a title (pg_trgm word_similarity) to count as a hit: "pritner" comes to
 * 0.375 of "Add a network printer", unrelated titles to 0.1–0.2. A transposed three-letter word ("vnp") shares too
 * few trigrams to be found at any useful threshold: that is the fallback's known limit.
 */
export const TYPO_SIMILARITY = 0.35;

/** The tsquery of `q` in one configuration: websearch syntax, and the last word also as a prefix when given. */
function queryIn(config: "english" | "simple", q: string, prefix: string | null): SQL {
  const words = sql`websearch_to_tsquery(${config}::regconfig, ${q})`;
  if (!prefix) return words;
  // `outl` must find Outlook: the whole query, or everything but its last word with that word as a prefix.
  const head = q.trim().split(/\s+/u).slice(0, -1).join(" ");
  const prefixed = sql`(websearch_to_tsquery(${config}::regconfig, ${head}) && to_tsquery(${config}::regconfig, ${`'${prefix}':*`}))`;
  return sql`(${words} || ${prefixed})`;
}

/** Each article's query in its own language: English stems, Urdu matches whole words. */
function queryFor(q: string, prefix: string | null): SQL {
  return sql`(case when ${articles.language} = 'ur' then ${queryIn("simple", q, prefix)} else ${queryIn("english", q, prefix)} end)`;
}

export type ArticleMatch = { id: string; title: string; bodyText: string; headline: string; score: number };

/** Articles the actor may read that match `q` by words (ranked) or, failing that, by a title close to it. */
export async function findArticleMatches(
  db: Db,
  actor: Actor | null,
  input: { q: string; prefix: string | null; limit: number },
): Promise<ArticleMatch[]> {
  const query = queryFor(input.q, input.prefix);
  const config = sql`(case when ${articles.language} = 'ur' then 'simple' else 'english' end)::regconfig`;
  const similarity = sql<number>`word_similarity(lower(${input.q}), lower(${articles.title}))`;
  const matched = sql`${articles.searchVector} @@ ${query}`;
  // ts_rank with normalisation 32 is rank/(rank+1), already 0..1 and comparable with the other kinds' ranks. A
  // typo hit (no word matched) scores a tenth of its similarity: about what a match in the body alone scores, so it
  // never outranks a title that really contains the words.
  const score = sql<number>`(case when ${matched} then ts_rank(${articles.searchVector}, ${query}, 32)
    else ${similarity} * 0.1 end)::float8`;
  return db
    .select({
      id: articles.id,
      title: articles.title,
      bodyText: articles.bodyText,
      headline: sql<string>`case when ${matched} then ts_headline(${config}, ${articles.bodyText}, ${query}, ${HEADLINE}) else '' end`,
      score,
    })
    .from(articles)
    .where(and(articlesVisibleTo(actor), sql`(${matched} or ${similarity} >= ${TYPO_SIMILARITY})`))
    .orderBy(desc(score), articles.id)
    .limit(input.limit);
}

/** Published articles the actor may read matching any of the words (in each article's language), best first. */
export async function findSuggestedArticles(db: Db, actor: Actor, words: string[], limit: number) {
  const text = words.join(" ");
  // plainto_tsquery ANDs the words; a draft's words are alternatives, so the ANDs become ORs.
  const anyOf = (config: "english" | "simple") =>
    sql`replace(plainto_tsquery(${config}::regconfig, ${text})::text, '&', '|')::tsquery`;
  const query = sql`(case when ${articles.language} = 'ur' then ${anyOf("simple")} else ${anyOf("english")} end)`;
  const score = sql<number>`ts_rank(${articles.searchVector}, ${query}, 32)::float8`;
  return db
    .select({ id: articles.id, key: articles.key, title: articles.title, language: articles.language, score })
    .from(articles)
    .where(and(articlesVisibleTo(actor), eq(articles.status, "published"), sql`${articles.searchVector} @@ ${query}`))
    .orderBy(desc(score), articles.id)
    .limit(limit);
}

/** The published versions in `language` of these articles (by key) that the actor may read. */
export async function findPublishedVersions(db: Db, actor: Actor, keys: readonly string[], language: ContentLanguage) {
  if (keys.length === 0) return [];
  return db
    .select({ id: articles.id, key: articles.key, title: articles.title, language: articles.language })
    .from(articles)
    .where(
      and(
        articlesVisibleTo(actor),
        eq(articles.status, "published"),
        eq(articles.language, language),
        inArray(articles.key, [...keys]),
      ),
    );
}
