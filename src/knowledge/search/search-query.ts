// What a typed query means to every search source: its words. Pure, so each kind (tickets, articles, tutorials)
// reads a query the same way and the log keeps the same normalised text.

/** Longest query accepted, in characters (longer: 422 naming `q`; docs/decisions/0012-search.md). */
export const QUERY_MAX_LENGTH = 500;
/**
 * Words of a query that count, for every source (tickets, articles, tutorials); the rest are dropped. Nobody types
 * more into a search box, and each word costs a tsquery branch: a pasted paragraph of hundreds of words made ranking
 * and ts_headline take seconds on PostgreSQL 15.
 */
export const QUERY_MAX_WORDS = 16;
/** Longest word kept: longer runs are not words (a pasted hash or base64) and would only slow the trigram lookup. */
export const WORD_MAX_LENGTH = 60;

// A word is a run of letters, digits and combining marks in any script (Urdu vowel marks are \p{M}); everything
// else — punctuation, symbols, "#" before a ticket number, "@" in an address — separates words, which is also
// what PostgreSQL's parser makes of the same text, so a query word is always one to_tsquery token.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of a query, lower-cased, in order, without repeats; empty for only punctuation. */
export function queryWords(q: string): string[] {
  const words: string[] = [];
  for (const match of q.normalize("NFC").toLowerCase().matchAll(WORD)) {
    const word = match[0];
    if (word.length > WORD_MAX_LENGTH || words.includes(word)) continue;
    words.push(word);
    if (words.length === QUERY_MAX_WORDS) break;
  }
  return words;
}

/** A ticket number named in a query ("10003", "#10003"), if the query is only that. */
export function ticketNumberIn(q: string): number | null {
  const match = /^\s*#?(\d{1,9})\s*$/.exec(q);
  return match ? Number(match[1]) : null;
}

// Email addresses are personal data; words holding a digit are ticket numbers, phone numbers or ids.
const EMAIL = /[^\s@]+@[^\s@]+/gu;

/**
 * The query as the search log keeps it: its words without email addresses or words holding digits, lower-cased,
 * one space apart, at most 200 characters. What people search for, never whom.
 */
export function normaliseForLog(q: string): string {
  return queryWords(q.replace(EMAIL, " "))
    .filter((w) => !/\p{N}/u.test(w))
    .join(" ")
    .slice(0, 200);
}
