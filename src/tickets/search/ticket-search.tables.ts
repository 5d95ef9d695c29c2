import { customType, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { tickets } from "../ticket.tables.ts";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * Each ticket's full-text row, kept in the transaction of every event that changes what it holds
 * (ticket-search.store.ts: a new message appended, anything else rewritten). Two vectors, because requesters never
 * search internal notes: `requester_document` holds the subject (weight A), description (B), the requester's name,
 * email and the ticket number (D), then the public replies in order (C); `staff_document` has the internal notes (C)
 * among them. Each text is indexed with the
 * 'english' configuration (stemming) and the 'simple' one (any script, Urdu included, and exact words).
 * `head_document` is the small part the candidates are ranked by (subject A, description B, people D).
 *
 * The row is kept narrow, because a common word matches tens of thousands of rows: the ticket's number and the
 * columns of its scope (visibleTo) are copied here, so the matches are cut to the newest without reading `tickets`,
 * and the vectors are stored out of line (toast_tuple_target, migration 0029), so the heap pages a match is read
 * from hold many rows. The texts for snippets live in `ticket_search_texts`. Derived data: rebuilt on import.
 */
export const ticketSearch = pgTable(
  "ticket_search",
  {
    ticketId: uuid("ticket_id")
      .primaryKey()
      .references(() => tickets.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    requesterId: uuid("requester_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    groupId: uuid("group_id"),
    assigneeId: uuid("assignee_id"),
    followerIds: uuid("follower_ids").array().notNull(),
    headDocument: tsvector("head_document").notNull(),
    requesterDocument: tsvector("requester_document").notNull(),
    staffDocument: tsvector("staff_document").notNull(),
  },
  (t) => [
    index("ticket_search_requester_idx").using("gin", t.requesterDocument),
    index("ticket_search_staff_idx").using("gin", t.staffDocument),
    // The scope columns (visibleTo), so a common word's matches are cut to the caller's tickets before their rows
    // are read: a bitmap of the word's matches ANDed with the requester's tickets, or with an agent's own, group's
    // and followed ones.
    index("ticket_search_requester_id_idx").on(t.requesterId),
    index("ticket_search_organization_id_idx").on(t.organizationId),
    index("ticket_search_group_id_idx").on(t.groupId),
    index("ticket_search_assignee_id_idx").on(t.assigneeId),
    index("ticket_search_follower_ids_idx").using("gin", t.followerIds),
    // The newest numbers: a common word's matches are first looked for among the newest tickets only, the word's
    // bitmap ANDed with this one's, so the rows of its older matches are never read (searchTicketDocuments).
    index("ticket_search_number_idx").on(t.number),
  ],
);

/** The texts of a ticket's snippets (ts_headline of the page returned), kept out of the searched row. */
export const ticketSearchTexts = pgTable("ticket_search_texts", {
  ticketId: uuid("ticket_id")
    .primaryKey()
    .references(() => tickets.id, { onDelete: "cascade" }),
  /** The public replies, oldest first. */
  conversation: text("conversation").notNull(),
  /** The internal notes, oldest first (staff only). */
  notes: text("notes").notNull(),
});

/**
 * Every word the ticket documents hold (the 'simple' lexemes of three letters or more, no digits), with a
 * trigram index: a query word that finds nothing is swapped for its nearest spellings here (typo tolerance).
 * Words only grow; a word no ticket holds any more finds nothing, which is harmless.
 */
export const ticketSearchWords = pgTable("ticket_search_words", { word: text("word").primaryKey() }, (t) => [
  index("ticket_search_words_trgm_idx").using("gin", sql`${t.word} gin_trgm_ops`),
]);
