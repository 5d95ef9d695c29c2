import { searchArticles } from "../article/search-articles.ts";
import { searchTutorials } from "../tutorial/search-tutorials.ts";
import { searchTickets } from "../../tickets/search/search-tickets.ts";
import type { SearchKind, SearchSource } from "./search-item.ts";

/** Each kind's search: a kind is searchable because its source is listed here. */
export const SEARCH_SOURCES: Record<SearchKind, SearchSource> = {
  article: searchArticles,
  tutorial: searchTutorials,
  ticket: searchTickets,
};

/** The kinds anyone may search without signing in (each source still applies its own visibility rules). */
export const PUBLIC_SEARCH_KINDS: readonly SearchKind[] = ["article", "tutorial"];
