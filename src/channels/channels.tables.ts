import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { people } from "../identity/identity.tables.ts";
import { tickets } from "../tickets/ticket.tables.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** How each channel is offered to customers: shown on the published SLA page and edited by admins. */
export const channelSettings = pgTable("channel_settings", {
  /** One of the ticket channels (phone, email, chat, whatsapp, portal, onsite, remote, api). */
  channel: text("channel").primaryKey(),
  enabled: boolean("enabled").notNull().default(true),
  /** Where to reach it: a phone number, a mailbox, a URL. */
  contact: text("contact").notNull().default(""),
  /** Plain-words instructions ("Call during support hours; after hours press 1 for outages"). */
  instructions: text("instructions").notNull().default(""),
  /** The instructions in Urdu, shown when the page is in Urdu; null: the instructions as typed are shown. */
  instructionsUr: text("instructions_ur"),
  position: integer("position").notNull().default(0),
  updatedAt: at("updated_at").notNull().defaultNow(),
});

/** A telephone call an agent logged: who called, what was said, how long, and what came of it. */
export const callLogs = pgTable(
  "call_logs",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    /** Every call ends up on a ticket: a new one, one resolved during the call, or an existing one updated. */
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    callerId: uuid("caller_id").references(() => people.id),
    callerNumber: text("caller_number").notNull(),
    direction: text("direction", { enum: ["inbound", "outbound"] }).notNull(),
    agentId: uuid("agent_id").references(() => people.id),
    startedAt: at("started_at").notNull(),
    durationSeconds: integer("duration_seconds").notNull(),
    notes: text("notes").notNull(),
    outcome: text("outcome", { enum: ["resolved_on_call", "new_ticket", "updated_ticket"] }).notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("call_logs_ticket_idx").on(t.ticketId), index("call_logs_caller_number_idx").on(t.callerNumber)],
);
