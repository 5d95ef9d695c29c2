import { bigserial, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per search, for the owners' "top searches" and "top searches with no results" (search-stats). No
 * personal data: no person, no address, and the query only as its normalised words without emails or numbers
 * (search-query.ts normaliseForLog). One plain insert after the answer is computed, no outbox.
 */
export const searchLog = pgTable(
  "search_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
    /** The normalised query ("outlook password"); empty when nothing was left to keep. */
    query: text("query").notNull(),
    /** The kinds searched, comma-separated in SEARCH_KINDS order ("article,tutorial"). */
    kinds: text("kinds").notNull(),
    resultCount: integer("result_count").notNull(),
    callerKind: text("caller_kind", { enum: ["anonymous", "requester", "staff"] }).notNull(),
  },
  (t) => [index("search_log_at_idx").on(t.at)],
);
