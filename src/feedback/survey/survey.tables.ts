import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { people } from "../../identity/identity.tables.ts";
import { tickets } from "../../tickets/ticket.tables.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * A post-resolution survey offered to a ticket's requester (at most one per ticket). The link's token is never
 * stored: only its SHA-256, so a leaked table cannot answer anyone's survey. Answered once; the answer also becomes
 * the ticket's satisfaction rating, so the portal rating and the mailed survey feed the same figures.
 */
export const surveyInvitations = pgTable(
  "survey_invitations",
  {
    /** Chosen by the caller: the signed token names it before the row exists. */
    id: uuid("id").primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    tokenHash: text("token_hash").notNull(),
    /** The question as it was asked (the setting may change later), in English and Urdu. */
    question: text("question").notNull(),
    questionUr: text("question_ur"),
    /** Whether the link went out by mail (the portal offers every survey to its signed-in requester). */
    mailed: boolean("mailed").notNull().default(false),
    createdAt: at("created_at").notNull(),
    expiresAt: at("expires_at").notNull(),
    answeredAt: at("answered_at"),
    score: integer("score"),
    comment: text("comment"),
  },
  (t) => [
    uniqueIndex("survey_invitations_ticket_key").on(t.ticketId),
    index("survey_invitations_person_created_idx").on(t.personId, t.createdAt),
    index("survey_invitations_created_idx").on(t.createdAt),
  ],
);
