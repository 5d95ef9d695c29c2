import { snippetFromHeadline, type SearchItem, type SearchSource } from "../search/search-item.ts";
import { searchTutorialRows } from "./tutorial-search.store.ts";

// Words longer than this are not words anyone types; more words than this add nothing to the ranking.
const WORD_MAX = 64;
const WORDS_MAX = 16;

/**
 * The tsquery text for what someone typed: its words (letters and digits, any script) joined with &, the last one a
 * prefix (`outl` finds "Outlook" while typing). Undefined when nothing searchable is left (only punctuation).
 */
export function tutorialQueryText(q: string): string | undefined {
  const words = (q.normalize("NFC").match(/[\p{L}\p{M}\p{N}]+/gu) ?? [])
    .map((w) => w.slice(0, WORD_MAX).toLowerCase())
    .slice(0, WORDS_MAX);
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
