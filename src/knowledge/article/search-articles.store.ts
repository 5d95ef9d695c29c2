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

export type ArticleMatch = { id: string; title: string; lead: string; headline: string; score: number };

/**
 * How many of the most recently updated matching articles are ranked. A common word ("password") is in most of
 * 10,000 articles: ranking them all would read every article's search document.
 */
const RANKED_CANDIDATES = 200;

/** How much of an article's body its snippet is cut from: ts_headline parses all the text it is given. */
const HEADLINE_TEXT = 2000;

/** The plain lead shown when a hit has no highlighted snippet (a title found by its spelling). */
const LEAD = 200;

/**
 * Search finds published articles only, for staff too: a draft is work in progress, kept in the knowledge base
 * editor's list (`GET /api/v1/kb/articles?status=draft`), never offered as an answer.
 */
const published = sql`${articles.status} = 'published'`;

/**
 * Articles the actor may read that match `q` by words (ranked among the RANKED_CANDIDATES most recently updated
 * matches) or, when no word matches, by a title close to it (a typo). Each condition is one the indexes answer (the
 * search vector's GIN index per language, the title's trigram index), so the cost follows the matches, not the
 * number of articles: a query chosen per row (`case when language …`) or a similarity compared with a constant would
 * read and parse every article.
 *
 * The two queries are selected once in a CTE (`q`), as ticket search does: the planner then cannot see the words
 * and always takes the matches from the GIN index, whose bitmap reads each match's row but never its search vector.
 * Shown the words, it believes a common word or a prefix matches half the table and reads every article's vector
 * instead (a sequential scan with the vectors detoasted: 10× the buffers). Only the RANKED_CANDIDATES candidates
 * read their vectors (ts_rank), and only the page answered reads its body for ts_headline, a bounded prefix of it.
 */
export async function findArticleMatches(
  db: Db,
  actor: Actor | null,
  input: { q: string; prefix: string | null; limit: number },
): Promise<ArticleMatch[]> {
  // Each article's query in its own language: English stems, Urdu matches whole words.
  const urdu = sql`a.language = 'ur'`;
  const query = sql`(case when ${urdu} then q.simple else q.english end)`;
  const config = sql`(case when ${urdu} then 'simple' else 'english' end)::regconfig`;
  const visible = articlesVisibleTo(actor);
  const result = await db.execute<ArticleMatch>(sql`
    with q as (
      select ${queryIn("english", input.q, input.prefix)} as english, ${queryIn("simple", input.q, input.prefix)} as simple
    ),
    candidates as (
      select id from (${matchesIn("ur", visible)} union all ${matchesIn("other", visible)}) m
      order by updated_at desc, id
      limit ${RANKED_CANDIDATES}
    ),
    best as (
      select a.id, ts_rank(a.search_vector, ${query}, 32)::float8 as score
      from candidates c
      join ${articles} a on a.id = c.id
      cross join q
      order by score desc, a.id
      limit ${input.limit}
    )
    select a.id, a.title, left(a.body_text, ${LEAD}) as lead, b.score,
      ts_headline(${config}, left(a.body_text, ${HEADLINE_TEXT}), ${query}, ${HEADLINE}) as headline
    from best b
    join ${articles} a on a.id = b.id
    cross join q
    order by b.score desc, a.id`);
  const found = rowsOf<ArticleMatch>(result).map((r) => ({ ...r, score: Number(r.score) }));
  return found.length > 0 ? found : findCloseTitles(db, actor, input.q, input.limit);
}

/**
 * The newest RANKED_CANDIDATES matches among the articles in Urdu (the `simple` query) or in English (`english`). One
 * query per part, never `(ur and v @@ simple) or (not ur and v @@ english)`: that condition would be checked again
 * on every matching row, reading its search vector, where a part's index condition alone needs no recheck.
 */
function matchesIn(language: "ur" | "other", visible: SQL | undefined): SQL {
  const [isLanguage, query] = language === "ur" ? [sql`= 'ur'`, sql`q.simple`] : [sql`<> 'ur'`, sql`q.english`];
  return sql`(select ${articles.id} as id, ${articles.updatedAt} as updated_at
    from ${articles}
    cross join q
    where ${articles.searchVector} @@ ${query} and ${articles.language} ${isLanguage}
      and ${published} ${visible ? sql`and ${visible}` : sql``}
    order by ${articles.updatedAt} desc, ${articles.id}
    limit ${RANKED_CANDIDATES})`;
}

/**
 * The shortest query (in letters and digits) respelled through titles: the trigrams of a shorter one are in a good
 * part of all titles, so "the" or "vpn" would rank most of the knowledge base by similarity and find nothing useful.
 */
export const TYPO_FROM_LENGTH = 4;

/**
 * Articles whose title comes within a typo or two of the query (pg_trgm word similarity at least TYPO_SIMILARITY),
 * closest first. A typo hit scores a tenth of its similarity: about what a match in the body alone scores. Asked
 * only when no word matched; a query of English stop words alone ("the", "how to") or shorter than
 * TYPO_FROM_LENGTH letters is no typo of anything and finds nothing, without reading a title.
 */
async function findCloseTitles(db: Db, actor: Actor | null, q: string, limit: number): Promise<ArticleMatch[]> {
  if (q.replace(/[^\p{L}\p{N}]/gu, "").length < TYPO_FROM_LENGTH) return [];
  const visible = articlesVisibleTo(actor);
  return db.transaction(async (tx) => {
    // `<%` is word_similarity >= pg_trgm.word_similarity_threshold, set for this transaction only: the operator,
    // unlike the function, is served by the title's trigram index. The stop-word test is a one-time filter. Only
    // the page answered reads its body's lead (stored out of line).
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_SIMILARITY)}, true)`);
    const result = await tx.execute<ArticleMatch>(sql`
      with similar_titles as (
        select ${articles.id} as id, word_similarity(${q}, ${articles.title}) as similarity
        from ${articles}
        where ${published} ${visible ? sql`and ${visible}` : sql``}
          and numnode(websearch_to_tsquery('english', ${q})) > 0
          and ${q} <% ${articles.title}
        order by similarity desc, id
        limit ${limit}
      )
      select a.id, a.title, left(a.body_text, ${LEAD}) as lead, '' as headline, (c.similarity * 0.1)::float8 as score
      from similar_titles c
      join ${articles} a on a.id = c.id
      order by c.similarity desc, a.id`);
    return rowsOf<ArticleMatch>(result).map((r) => ({ ...r, score: Number(r.score) }));
  });
}

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
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
