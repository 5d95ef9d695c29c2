import { sql } from "drizzle-orm";
import { bigserial, boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { people, supportGroups } from "../../identity/identity.tables.ts";
import { tickets } from "../../tickets/ticket.tables.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const CHAT_STATES = ["waiting", "active", "ended"] as const;
export type ChatState = (typeof CHAT_STATES)[number];
export const CHAT_SENDERS = ["visitor", "agent", "system"] as const;
export type ChatSender = (typeof CHAT_SENDERS)[number];

/**
 * A chat channel: one embedding of the widget (`data-channel="<key>"`), the group whose queue gets its chats, and
 * whether it takes chats now. Exactly one is the default, the one a widget without `data-channel` (and the portal)
 * uses; a key no channel has, or an inactive one, is refused.
 */
export const chatChannels = pgTable(
  "chat_channels",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    key: text("key").notNull().unique(),
    name: text("name").notNull(),
    /** Whose queue its chats wait in; null: where the routing rules put the chat's ticket (the service desk). */
    groupId: uuid("group_id").references(() => supportGroups.id),
    active: boolean("active").notNull().default(true),
    isDefault: boolean("is_default").notNull().default(false),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("chat_channels_one_default")
      .on(t.isDefault)
      .where(sql`is_default`),
  ],
);

/**
 * A web chat: a visitor (name and email as typed) or a signed-in person, on one embedding (`channel_key`), waiting
 * for an agent, with one, or over. It is a ticket (channel `chat`) from its start; its messages are that ticket's
 * replies, so the event log stays the truth and this row only says who is talking to whom now.
 */
export const chatSessions = pgTable(
  "chat_sessions",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    channelKey: text("channel_key").notNull(),
    visitorName: text("visitor_name").notNull(),
    visitorEmail: text("visitor_email").notNull(),
    /** The ticket's requester: the signed-in person, or the shared unverified web visitor. */
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    /** Whether the chat was started by a signed-in person (its requester is then really them). */
    signedIn: boolean("signed_in").notNull().default(false),
    state: text("state", { enum: CHAT_STATES }).notNull().default("waiting"),
    agentId: uuid("agent_id").references(() => people.id),
    groupId: uuid("group_id").references(() => supportGroups.id),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    createdAt: at("created_at").notNull(),
    acceptedAt: at("accepted_at"),
    endedAt: at("ended_at"),
  },
  (t) => [
    index("chat_sessions_state_idx").on(t.state, t.createdAt),
    index("chat_sessions_agent_idx").on(t.agentId, t.state),
  ],
);

/**
 * One message of a chat. `id` is the server id the streams resume from: within one chat it only grows in commit
 * order, because every insert locks its chat row first.
 */
export const chatMessages = pgTable(
  "chat_messages",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => chatSessions.id),
    sender: text("sender", { enum: CHAT_SENDERS }).notNull(),
    senderId: uuid("sender_id").references(() => people.id),
    senderName: text("sender_name").notNull(),
    body: text("body").notNull(),
    /** Attachment ids of the chat's ticket, with what the widget shows of them. */
    attachments: jsonb("attachments")
      .$type<Array<{ id: string; filename: string; contentType: string; size: number }>>()
      .notNull()
      .default([]),
    createdAt: at("created_at").notNull(),
  },
  (t) => [index("chat_messages_session_idx").on(t.sessionId, t.id)],
);
