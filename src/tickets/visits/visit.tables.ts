import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { people } from "../../identity/identity.tables.ts";
import { tickets } from "../ticket.tables.ts";
import type { VisitReport, VisitSite, VisitStatus } from "./visit.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * Onsite visits: a projection of the tickets' `visit` events (visit.ts folds them), rewritten in the transaction of
 * each event, so the day view and the overlap check read one indexed row per visit instead of the ticket logs.
 */
export const ticketVisits = pgTable(
  "ticket_visits",
  {
    id: uuid("id").primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    technicianId: uuid("technician_id")
      .notNull()
      .references(() => people.id),
    site: jsonb("site").$type<VisitSite>().notNull(),
    windowStart: at("window_start").notNull(),
    windowEnd: at("window_end").notNull(),
    notes: text("notes").notNull().default(""),
    followUpOf: uuid("follow_up_of"),
    status: text("status").$type<VisitStatus>().notNull(),
    /** The iCalendar SEQUENCE of its invitation: one more for each reschedule, reassignment or cancellation. */
    sequence: integer("sequence").notNull().default(0),
    travelStartedAt: at("travel_started_at"),
    arrivedAt: at("arrived_at"),
    departedAt: at("departed_at"),
    /** When the window ended without the technician on site (recorded by the SLA timer worker). */
    missedAt: at("missed_at"),
    report: jsonb("report").$type<VisitReport>(),
    scheduledAt: at("scheduled_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [
    index("ticket_visits_ticket_idx").on(t.ticketId),
    index("ticket_visits_technician_window_idx").on(t.technicianId, t.windowStart),
  ],
);
