import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { people } from "../identity/identity.tables.ts";
import { tickets } from "../tickets/ticket.tables.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** A consultation call asked for on the public form; it opens a ticket of type "consultation". */
export const consultationRequests = pgTable(
  "consultation_requests",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    name: text("name").notNull(),
    company: text("company").notNull(),
    email: text("email").notNull(),
    phone: text("phone").notNull(),
    /** The day asked for (YYYY-MM-DD) and the window (HH:MM–HH:MM) in the support calendar's time zone. */
    preferredDate: text("preferred_date").notNull(),
    windowStart: text("window_start").notNull(),
    windowEnd: text("window_end").notNull(),
    topic: text("topic").notNull(),
    message: text("message").notNull(),
    /**
     * The person the request was linked to, once its owner confirmed through the signed link or an agent matched it
     * (docs/decisions/0004). Until then the name and email above are only what an anonymous visitor typed.
     */
    linkedPersonId: uuid("linked_person_id").references(() => people.id),
    linkedAt: at("linked_at"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("consultation_requests_created_idx").on(t.createdAt),
    uniqueIndex("consultation_requests_ticket_key").on(t.ticketId),
  ],
);

/** A requester's rating of how their resolved ticket was handled (one per ticket, may be revised). */
export const satisfactionRatings = pgTable(
  "satisfaction_ratings",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    /** 1 (very dissatisfied) … 5 (very satisfied). */
    score: integer("score").notNull(),
    comment: text("comment").notNull().default(""),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("satisfaction_ratings_ticket_key").on(t.ticketId),
    index("satisfaction_ratings_created_idx").on(t.createdAt),
  ],
);
