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

export type ArticleMatch = { id: string; title: string; bodyText: string; headline: string; score: number };

/**
 * How many of the most recently updated matching articles are ranked. A common word ("password") is in most of
 * 10,000 articles: ranking them all would read every article's search document.
 */
const RANKED_CANDIDATES = 200;

/**
 * Articles the actor may read that match `q` by words (ranked among the RANKED_CANDIDATES most recently updated
 * matches) or, when no word matches, by a title close to it (a typo). Each condition is one the indexes answer (the
 * search vector's GIN index per language, the title's trigram index, the update time), so the cost follows the
 * matches, not the number of articles: a query chosen per row (`case when language …`) or a similarity compared
 * with a constant would read and parse every article.
 */
export async function findArticleMatches(
  db: Db,
  actor: Actor | null,
  input: { q: string; prefix: string | null; limit: number },
): Promise<ArticleMatch[]> {
  const [english, simple] = [queryIn("english", input.q, input.prefix), queryIn("simple", input.q, input.prefix)];
  // Each article's query in its own language: English stems, Urdu matches whole words.
  const urdu = sql`${articles.language} = 'ur'`;
  const query = sql`(case when ${urdu} then ${simple} else ${english} end)`;
  const config = sql`(case when ${urdu} then 'simple' else 'english' end)::regconfig`;
  const matched = sql`((${urdu} and ${articles.searchVector} @@ ${simple}) or (not ${urdu} and ${articles.searchVector} @@ ${english}))`;
  // ts_rank with normalisation 32 is rank/(rank+1), already 0..1 and comparable with the other kinds' ranks.
  const score = sql<number>`ts_rank(${articles.searchVector}, ${query}, 32)::float8`;
  const candidates = sql`(select ${articles.id} from ${articles} where ${and(articlesVisibleTo(actor), matched)}
    order by ${articles.updatedAt} desc, ${articles.id} limit ${RANKED_CANDIDATES})`;
  const found = await db
    .select({
      id: articles.id,
      title: articles.title,
      bodyText: articles.bodyText,
      headline: sql<string>`ts_headline(${config}, ${articles.bodyText}, ${query}, ${HEADLINE})`,
      score,
    })
    .from(articles)
    .where(sql`${articles.id} in ${candidates}`)
    .orderBy(desc(score), articles.id)
    .limit(input.limit);
  return found.length > 0 ? found : findCloseTitles(db, actor, input.q, input.limit);
}

/**
 * Articles whose title comes within a typo or two of the query (pg_trgm word similarity at least TYPO_SIMILARITY),
 * closest first. A typo hit scores a tenth of its similarity: about what a match in the body alone scores.
 */
async function findCloseTitles(db: Db, actor: Actor | null, q: string, limit: number): Promise<ArticleMatch[]> {
  const similarity = sql<number>`word_similarity(${q}, ${articles.title})`;
  return db.transaction(async (tx) => {
    // `<%` is word_similarity >= pg_trgm.word_similarity_threshold, set for this transaction only: the operator,
    // unlike the function, is served by the title's trigram index.
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_SIMILARITY)}, true)`);
    return tx
      .select({
        id: articles.id,
        title: articles.title,
        bodyText: articles.bodyText,
        headline: sql<string>`''`,
        score: sql<number>`(${similarity} * 0.1)::float8`,
      })
      .from(articles)
      .where(and(articlesVisibleTo(actor), sql`${q} <% ${articles.title}`))
      .orderBy(desc(similarity), articles.id)
      .limit(limit);
  });
}

/** Published articles the actor may read matching any of the words (in each article's language), best first. */
export async function findSuggestedArticles(db: Db, actor: Actor, words: string[], limit: number) {
  const text = words.join(" ");
  // plainto_tsquery ANDs the words; a draft's words are alternatives, so the ANDs become ORs.
  const anyOf = (config: "english" | "simple") =>
    sql`replace(plainto_tsquery(${config}::regconfig, ${text})::text, '&', '|')::tsquery`;
  const urdu = sql`${articles.language} = 'ur'`;
  const query = sql`(case when ${urdu} then ${anyOf("simple")} else ${anyOf("english")} end)`;
  // One condition per language, each served by the GIN index (a query chosen per row would scan every article).
  const matched = sql`((${urdu} and ${articles.searchVector} @@ ${anyOf("simple")}) or (not ${urdu} and ${articles.searchVector} @@ ${anyOf("english")}))`;
  const score = sql<number>`ts_rank(${articles.searchVector}, ${query}, 32)::float8`;
  return db
    .select({ id: articles.id, key: articles.key, title: articles.title, language: articles.language, score })
    .from(articles)
    .where(and(articlesVisibleTo(actor), eq(articles.status, "published"), matched))
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
