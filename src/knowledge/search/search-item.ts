// The contract every searchable kind meets, so that `GET /api/v1/search` can merge them best first.
import type { Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";

/** What search can find. */
export const SEARCH_KINDS = ["article", "tutorial", "ticket"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A span of a snippet to highlight: [start, end) in UTF-16 code units. */
export type Highlight = readonly [start: number, end: number];

/** One hit. `score` (0..1, higher is better) orders hits of different kinds against each other. */
export type SearchItem = {
  kind: SearchKind;
  id: string;
  title: string;
  /** Plain text, never HTML: the client marks the highlights itself, so nothing typed can inject markup. */
  snippet: string;
  highlights: readonly Highlight[];
  score: number;
  /** Tickets only: the ticket's number (#10001 is 10001). */
  number?: number;
};

/** What a caller asked for, already validated (length, kind). */
export type SearchRequest = { q: string; limit: number };

/**
 * One kind's search, run with the caller's rights: it returns only what `actor` may read (null: nobody signed in),
 * deny by default.
 */
export type SearchSource = (db: Db, actor: Actor | null, request: SearchRequest) => Promise<SearchItem[]>;

/** ts_headline's markers: characters no stored text carries, asked of PostgreSQL as StartSel/StopSel. */
export const HIGHLIGHT_START = "\u0001";
export const HIGHLIGHT_STOP = "\u0002";

/** Turns a ts_headline answer made with the markers above into plain text and highlight spans. */
export function snippetFromHeadline(headline: string): { snippet: string; highlights: Highlight[] } {
  const highlights: Highlight[] = [];
  let snippet = "";
  let start = -1;
  for (const ch of headline) {
    if (ch === HIGHLIGHT_START) start = snippet.length;
    else if (ch === HIGHLIGHT_STOP) {
      if (start >= 0 && snippet.length > start) highlights.push([start, snippet.length]);
      start = -1;
    } else snippet += ch;
  }
  return { snippet, highlights };
}
