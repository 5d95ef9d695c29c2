import { sql, type SQL } from "drizzle-orm";
import type { Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "../search/search-item.ts";
import { watchableBy } from "./tutorial.store.ts";
import { tutorialCaptions, tutorials } from "./tutorial.tables.ts";

const HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** How much of a tutorial's description and captions its snippet is cut from: ts_headline parses all it is given. */
const HEADLINE_TEXT = 2000;

export type TutorialMatch = { id: string; title: string; score: number; headline: string };

/**
 * Full-text matches among the published tutorials `actor` may watch, best first, by their stored search document
 * (`search_vector`: title A, description B, every caption track C — refreshTutorialSearchVector keeps it), English
 * stemming for English tutorials and the simple configuration (no stemming, any script) for Urdu ones. Search finds
 * published tutorials only, for staff too: a draft is kept in the tutorials' editor list, never offered as an answer.
 * `score` is ts_rank normalised to 0..1 (rank / (rank + 1)); `headline` is ts_headline over the start of the
 * description and captions, computed for the page answered only.
 */
export async function searchTutorialRows(db: Db, actor: Actor | null, queryText: string, limit: number) {
  const visible = watchableBy(actor);
  // One query per language, each served by the GIN index (a query chosen per row would parse every tutorial).
  const part = (language: SQL, config: "english" | "simple") => sql`(
    select ${tutorials.id} as id, ts_rank(${tutorials.searchVector}, q.query, 32)::float8 as score
    from ${tutorials}
    cross join (select to_tsquery(${config}::regconfig, ${queryText}) as query) q
    where ${tutorials.searchVector} @@ q.query and ${tutorials.language} ${language}
      and ${tutorials.status} = 'published' ${visible ? sql`and ${visible}` : sql``}
    order by score desc, id
    limit ${limit})`;
  const captions = sql`coalesce((select string_agg(c.cue_text, ' ' order by c.language) from ${tutorialCaptions} c
    where c.tutorial_id = t.id), '')`;
  const config = sql`(case when t.language = 'ur' then 'simple' else 'english' end)::regconfig`;
  const result = await db.execute<TutorialMatch>(sql`
    with best as (
      select id, score from (${part(sql`= 'ur'`, "simple")} union all ${part(sql`<> 'ur'`, "english")}) m
      order by score desc, id
      limit ${limit}
    )
    select t.id, t.title, b.score,
      ts_headline(${config}, left(t.description || ' ' || ${captions}, ${HEADLINE_TEXT}),
        to_tsquery(${config}, ${queryText}), ${HEADLINE}) as headline
    from best b
    join ${tutorials} t on t.id = b.id
    order by b.score desc, t.id`);
  const rows = (Array.isArray(result) ? result : (result as { rows: TutorialMatch[] }).rows) as TutorialMatch[];
  return rows.map((r) => ({ ...r, score: Number(r.score) }));
}
