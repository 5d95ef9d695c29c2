import { sql } from "drizzle-orm";
import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { people } from "../../identity/identity.tables.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** A telephone call as the telephone system reported it (POST /api/v1/telephony/events or a Twilio-style post). */
export const telephonyCalls = pgTable(
  "telephony_calls",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    /** The telephone system's id of the call: one record per call, whatever the number of events about it. */
    callId: text("call_id").notNull().unique(),
    direction: text("direction", { enum: ["inbound", "outbound"] }).notNull(),
    fromNumber: text("from_number").notNull(),
    toNumber: text("to_number").notNull(),
    /** The latest state reported: ringing, answered or ended. */
    state: text("state", { enum: ["ringing", "answered", "ended"] }).notNull(),
    agentExtension: text("agent_extension"),
    /** The staff member whose extension answered (people.extension), when one has it. */
    agentId: uuid("agent_id").references(() => people.id),
    recordingUrl: text("recording_url"),
    ringingAt: at("ringing_at"),
    answeredAt: at("answered_at"),
    endedAt: at("ended_at"),
    /** A missed call (rang and ended unanswered) must be called back by this instant; null: nothing to call back. */
    callbackDueAt: at("callback_due_at"),
    callbackDoneAt: at("callback_done_at"),
    callbackDoneBy: uuid("callback_done_by").references(() => people.id),
    /** When the SLA timer worker escalated the callback as overdue (once: the claim sets it). */
    callbackEscalatedAt: at("callback_escalated_at"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("telephony_calls_callback_idx")
      .on(t.callbackDueAt)
      .where(sql`callback_done_at is null`),
  ],
);

/** Each state of a call received once: a replayed event finds its row and changes nothing. */
export const telephonyCallStates = pgTable(
  "telephony_call_states",
  {
    callId: uuid("call_id")
      .notNull()
      .references(() => telephonyCalls.id),
    state: text("state", { enum: ["ringing", "answered", "ended"] }).notNull(),
    at: at("at").notNull(),
    receivedAt: at("received_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.state] })],
);
