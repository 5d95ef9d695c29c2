import { snippetFromHeadline, type SearchItem, type SearchSource } from "../search/search-item.ts";
import { queryWords } from "../search/search-query.ts";
import { searchTutorialRows } from "./tutorial-search.store.ts";

/**
 * The tsquery text for what someone typed: its words as every source reads them (queryWords: letters, digits and
 * marks of any script, at most QUERY_MAX_WORDS) joined with &, the last one a prefix (`outl` finds "Outlook" while
 * typing). Undefined when nothing searchable is left (only punctuation).
 */
export function tutorialQueryText(q: string): string | undefined {
  const words = queryWords(q);
  if (words.length === 0) return undefined;
  return words.map((w, i) => (i === words.length - 1 ? `'${w}':*` : `'${w}'`)).join(" & ");
}

/**
 * Tutorials matching a query, best first, among those the caller may watch (PostgreSQL full-text search over
 * titles, descriptions and captions, language-aware; the rule is in tutorial-search.store.ts), the last word
 * matched as a prefix. Only punctuation finds nothing.
 */
export const searchTutorials: SearchSource = async (db, actor, request) => {
  const text = tutorialQueryText(request.q);
  if (text === undefined) return [];
  const rows = await searchTutorialRows(db, actor, text, request.limit);
  return rows.map((row): SearchItem => ({
    kind: "tutorial",
    id: row.id,
    title: row.title,
    score: row.score,
    ...snippetFromHeadline(row.headline),
  }));
};
