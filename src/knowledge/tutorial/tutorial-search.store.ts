import { and, sql } from "drizzle-orm";
import type { Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "../search/search-item.ts";
import { watchableBy } from "./tutorial.store.ts";
import { tutorialCaptions, tutorials } from "./tutorial.tables.ts";

/**
 * Full-text matches among the tutorials `actor` may watch, best first: title (weight A), description (B) and every
 * caption track (C), English stemming for English tutorials and the simple configuration (no stemming, any
 * script) for Urdu ones. `score` is ts_rank normalised to 0..1 (rank / (rank + 1)); `headline` is ts_headline
 * over the description and captions, matches between the search markers.
 */
export async function searchTutorialRows(db: Db, actor: Actor | null, queryText: string, limit: number) {
  const config = sql`(case when ${tutorials.language} = 'ur' then 'simple' else 'english' end)::regconfig`;
  const captions = sql`coalesce((select string_agg(${tutorialCaptions.cueText}, ' ') from ${tutorialCaptions} where ${tutorialCaptions.tutorialId} = ${tutorials.id}), '')`;
  const document = sql`setweight(to_tsvector(${config}, ${tutorials.title}), 'A') || setweight(to_tsvector(${config}, ${tutorials.description}), 'B') || setweight(to_tsvector(${config}, ${captions}), 'C')`;
  const query = sql`to_tsquery(${config}, ${queryText})`;
  const options = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  return db
    .select({
      id: tutorials.id,
      title: tutorials.title,
      score: sql<number>`ts_rank(${document}, ${query}, 32)`.mapWith(Number),
      headline: sql<string>`ts_headline(${config}, ${tutorials.description} || ' ' || ${captions}, ${query}, ${options})`,
    })
    .from(tutorials)
    .where(and(watchableBy(actor), sql`${document} @@ ${query}`))
    .orderBy(sql`3 desc`, tutorials.id)
    .limit(limit);
}
