import { customType, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { tickets } from "../ticket.tables.ts";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * Each ticket's full-text document, kept in the transaction of every event that changes what it holds
 * (ticket-search.store.ts: a new message appended, anything else rewritten). Two vectors, because requesters never
 * search internal notes: `requester_document` holds the subject (weight A), description (B), the requester's name,
 * email and the ticket number (D), then the public replies in order (C); `staff_document` has the internal notes (C)
 * among them. Each text is indexed with the
 * 'english' configuration (stemming) and the 'simple' one (any script, Urdu included, and exact words).
 * The texts are kept beside the vectors for ts_headline snippets. Derived data: not exported, rebuilt on import.
 */
export const ticketSearch = pgTable(
  "ticket_search",
  {
    ticketId: uuid("ticket_id")
      .primaryKey()
      .references(() => tickets.id, { onDelete: "cascade" }),
    /** The public replies, oldest first. */
    conversation: text("conversation").notNull(),
    /** The internal notes, oldest first (staff only). */
    notes: text("notes").notNull(),
    requesterDocument: tsvector("requester_document").notNull(),
    staffDocument: tsvector("staff_document").notNull(),
  },
  (t) => [
    index("ticket_search_requester_idx").using("gin", t.requesterDocument),
    index("ticket_search_staff_idx").using("gin", t.staffDocument),
  ],
);

/**
 * Every word the ticket documents hold (the 'simple' lexemes of three letters or more, no digits), with a
 * trigram index: a query word that finds nothing is swapped for its nearest spellings here (typo tolerance).
 * Words only grow; a word no ticket holds any more finds nothing, which is harmless.
 */
export const ticketSearchWords = pgTable("ticket_search_words", { word: text("word").primaryKey() }, (t) => [
  index("ticket_search_words_trgm_idx").using("gin", sql`${t.word} gin_trgm_ops`),
]);
