import { sql } from "drizzle-orm";
import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations, people, supportGroups } from "../../identity/identity.tables.ts";
import { tickets } from "../../tickets/ticket.tables.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * A WhatsApp Business number the desk answers on (Meta's phone_number_id), with what its new tickets start with and
 * its credentials. Secrets are stored as given (like a mailbox's IMAP secret), never listed back, audited as changed.
 */
export const whatsappNumbers = pgTable("whatsapp_numbers", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  phoneNumberId: text("phone_number_id").notNull().unique(),
  number: text("number").notNull(),
  displayName: text("display_name").notNull().default(""),
  defaultGroupId: uuid("default_group_id").references(() => supportGroups.id, { onDelete: "set null" }),
  defaultOrganizationId: uuid("default_organization_id").references(() => organizations.id, {
    onDelete: "set null",
  }),
  accessToken: text("access_token").notNull(),
  appSecret: text("app_secret").notNull(),
  verifyToken: text("verify_token").notNull(),
  active: boolean("active").notNull().default(true),
  createdAt: at("created_at").notNull().defaultNow(),
});

/**
 * Every message and status a signed webhook delivered, stored as received before anything is made of it (the answer
 * to Meta waits only for this insert). `dedupe_key` makes a replay a no-op: a message by its id, a status by its
 * message id and state. `processed_at` is set by the worker once the event became ticket work (or was judged noise).
 */
export const whatsappEvents = pgTable(
  "whatsapp_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    dedupeKey: text("dedupe_key").notNull().unique(),
    kind: text("kind", { enum: ["message", "status", "group"] }).notNull(),
    phoneNumberId: text("phone_number_id").notNull(),
    /** The message or status object, with the contact Meta sent beside it (`{ item, contact }`). */
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    receivedAt: at("received_at").notNull(),
    processedAt: at("processed_at"),
    /** What became of it: created, replied, status, ignored: why. */
    outcome: text("outcome"),
  },
  (t) => [
    index("whatsapp_events_pending_idx")
      .on(t.id)
      .where(sql`${t.processedAt} is null`),
  ],
);

export const WHATSAPP_DELIVERY = ["queued", "sent", "delivered", "read", "failed"] as const;
export type WhatsappDelivery = (typeof WHATSAPP_DELIVERY)[number];

/**
 * Each WhatsApp message of a ticket, both ways: the wamid ↔ ticket map that threads replies by `context.id`, the
 * reply (event seq) an outbound message carries and its delivery, which only moves forward. `group_id`: the WhatsApp
 * group the message was written in or goes to (null: one-to-one).
 */
export const whatsappMessages = pgTable(
  "whatsapp_messages",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    phoneNumberId: text("phone_number_id").notNull(),
    direction: text("direction", { enum: ["in", "out"] }).notNull(),
    /** Meta's message id; null while an outbound message waits for the Graph API's answer. */
    wamid: text("wamid").unique(),
    /** The customer's WhatsApp id (wa_id, or the user id of a sender without one). */
    waId: text("wa_id").notNull(),
    groupId: text("group_id"),
    personId: uuid("person_id").references(() => people.id),
    /** The ticket event this message is (inbound) or carries (outbound). */
    eventSeq: integer("event_seq"),
    /** Outbound: text, or an approved template's name and parameters. */
    body: text("body").notNull().default(""),
    template: jsonb("template").$type<{ name: string; language: string; parameters: string[] } | null>(),
    /** Outbound in a group: the member's message it answers, quoted (Meta's `context.message_id`). */
    contextWamid: text("context_wamid"),
    status: text("status", { enum: WHATSAPP_DELIVERY }).notNull().default("queued"),
    statusAt: at("status_at"),
    lastError: text("last_error"),
    createdAt: at("created_at").notNull(),
  },
  (t) => [
    index("whatsapp_messages_ticket_idx").on(t.ticketId, t.createdAt),
    // A person's latest inbound message (their 24-hour window) for notices on their preferred channel.
    index("whatsapp_messages_person_in_idx")
      .on(t.personId, t.createdAt)
      .where(sql`direction = 'in'`),
  ],
);

/** Approved message templates admins may send outside the 24-hour customer-service window. */
export const whatsappTemplates = pgTable("whatsapp_templates", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  name: text("name").notNull().unique(),
  language: text("language").notNull().default("en"),
  /** The body's parameter names in order ({{1}}, {{2}}, …), for the agent's form. */
  parameters: jsonb("parameters").$type<string[]>().notNull().default([]),
  active: boolean("active").notNull().default(true),
  createdAt: at("created_at").notNull().defaultNow(),
});

export const WHATSAPP_GROUP_STATES = ["active", "suspended", "deleted"] as const;
export type WhatsappGroupState = (typeof WHATSAPP_GROUP_STATES)[number];

/**
 * A WhatsApp group of one of the desk's numbers (Meta's Groups API), as its webhooks describe it: subject, state and
 * participants (their WhatsApp ids), kept by the inbound worker from group_lifecycle_update, group_participants_update,
 * group_settings_update and group_status_update. An admin binds it to the client organization its members belong to;
 * a stranger who writes in it is placed there.
 */
export const whatsappGroups = pgTable("whatsapp_groups", {
  /** Meta's group id. */
  groupId: text("group_id").primaryKey(),
  phoneNumberId: text("phone_number_id").notNull(),
  subject: text("subject").notNull().default(""),
  description: text("description").notNull().default(""),
  inviteLink: text("invite_link"),
  state: text("state", { enum: WHATSAPP_GROUP_STATES }).notNull().default("active"),
  participants: jsonb("participants").$type<string[]>().notNull().default([]),
  organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "set null" }),
  createdAt: at("created_at").notNull(),
  updatedAt: at("updated_at").notNull(),
});
