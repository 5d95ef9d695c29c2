import { searchTickets } from "../../tickets/search/search-tickets.ts";
import type { SearchKind, SearchSource } from "./search-item.ts";

/**
 * Each kind's search. A kind is searchable once its source is listed here (one line: `article: searchArticles,`);
 * until then asking for it finds nothing.
 */
export const SEARCH_SOURCES: Partial<Record<SearchKind, SearchSource>> = {
  ticket: searchTickets,
};

/** The kinds anyone may search without signing in (each source still applies its own visibility rules). */
export const PUBLIC_SEARCH_KINDS: readonly SearchKind[] = ["article", "tutorial"];
