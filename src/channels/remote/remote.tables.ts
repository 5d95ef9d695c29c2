import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { people } from "../../identity/identity.tables.ts";
import { tickets } from "../../tickets/ticket.tables.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** The remote-access tools agents may use (admin-defined; seeded with RDP, SSH, AnyDesk, RustDesk, …). */
export const remoteTools = pgTable("remote_tools", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  name: text("name").notNull().unique(),
  /** How to open a session, e.g. `rustdesk://{id}`; `{id}` is the session id, URL-encoded. Empty: no link. */
  launchTemplate: text("launch_template").notNull().default(""),
  /** What the agent does to connect. */
  agentInstructions: text("agent_instructions").notNull().default(""),
  /** What the requester does (install, read out the id); empty: nothing is shown to them. */
  requesterInstructions: text("requester_instructions").notNull().default(""),
  /** Whether the launch link means something on the requester's side (they open the tool with it). */
  linkForRequester: boolean("link_for_requester").notNull().default(false),
  active: boolean("active").notNull().default(true),
  position: integer("position").notNull().default(0),
  updatedAt: at("updated_at").notNull().defaultNow(),
});

/** A remote-access session on a ticket: the tool, the requester's consent, start, end and what came of it. */
export const remoteSessions = pgTable(
  "remote_sessions",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    toolId: uuid("tool_id")
      .notNull()
      .references(() => remoteTools.id),
    /** The tool's id of the session or the device (what `{id}` becomes in the launch link). */
    sessionRef: text("session_ref").notNull(),
    /** What the session is for, as the requester consents to it. */
    purpose: text("purpose").notNull(),
    requestedBy: uuid("requested_by")
      .notNull()
      .references(() => people.id),
    consentBy: uuid("consent_by").references(() => people.id),
    consentAt: at("consent_at"),
    /** portal: the requester consented themselves; phone: an agent recorded it while on the phone with them. */
    consentVia: text("consent_via", { enum: ["portal", "phone"] }),
    consentRecordedBy: uuid("consent_recorded_by").references(() => people.id),
    startedAt: at("started_at"),
    startedBy: uuid("started_by").references(() => people.id),
    endedAt: at("ended_at"),
    notes: text("notes").notNull().default(""),
    outcome: text("outcome", { enum: ["resolved", "partly_resolved", "not_resolved", "cancelled"] }),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("remote_sessions_ticket_idx").on(t.ticketId)],
);
