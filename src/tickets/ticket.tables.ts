import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organizations, people, supportGroups } from "../identity/identity.tables.ts";

/** A ticket still being worked (the statuses of views/list-views.ts OPEN_STATUSES), the open indexes' predicate. */
const OPEN_TICKET = sql.raw(`status in ('new', 'open', 'pending', 'on_hold')`);

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** Readable ticket numbers (#10001 …), shared by every process. */
export const ticketNumberSeq = pgSequence("ticket_number_seq", { startWith: 10001 });

export const categories = pgTable("categories", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  name: text("name").notNull().unique(),
  /** The name in Urdu, shown when the app is in Urdu; null: the name as typed is shown. */
  nameUr: text("name_ur"),
  description: text("description").notNull().default(""),
  createdAt: at("created_at").notNull().defaultNow(),
});

/**
 * The current state of each ticket: a projection of ticket_events, rewritten in the
 * same transaction as each event. `version` is the number of events folded into it.
 */
export const tickets = pgTable(
  "tickets",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    number: integer("number")
      .notNull()
      .default(sql`nextval('ticket_number_seq')`),
    subject: text("subject").notNull(),
    description: text("description").notNull(),
    type: text("type", { enum: ["incident", "service_request", "consultation", "feedback"] }).notNull(),
    categoryId: uuid("category_id").references(() => categories.id),
    impact: text("impact", { enum: ["organization", "department", "person"] }).notNull(),
    urgency: text("urgency", { enum: ["high", "medium", "low"] }).notNull(),
    priority: text("priority", { enum: ["critical", "high", "medium", "low"] }).notNull(),
    /** Set when an agent overrode the matrix; the reason is kept in the event too. */
    priorityOverride: text("priority_override"),
    status: text("status", { enum: ["new", "open", "pending", "on_hold", "resolved", "closed"] }).notNull(),
    requesterId: uuid("requester_id")
      .notNull()
      .references(() => people.id),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    groupId: uuid("group_id").references(() => supportGroups.id),
    assigneeId: uuid("assignee_id").references(() => people.id),
    channel: text("channel", {
      enum: ["phone", "email", "chat", "whatsapp", "portal", "onsite", "remote", "api"],
    }).notNull(),
    tags: text("tags")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    parentId: uuid("parent_id"),
    /** Staff who worked on it (events.ts TicketState.followerIds): they keep read access after it moves on. */
    followerIds: uuid("follower_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    version: integer("version").notNull(),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    resolvedAt: at("resolved_at"),
    closedAt: at("closed_at"),
  },
  (t) => [
    uniqueIndex("tickets_number_key").on(t.number),
    index("tickets_org_created_idx").on(t.organizationId, t.createdAt, t.id),
    index("tickets_group_status_idx").on(t.groupId, t.status),
    index("tickets_assignee_status_idx").on(t.assigneeId, t.status),
    // A requester's own tickets newest first (the portal's list) walk this instead of sorting their whole history.
    index("tickets_requester_created_idx").on(t.requesterId, t.createdAt, t.id),
    index("tickets_created_idx").on(t.createdAt, t.id),
    // sort=updated (recently changed first) walks this instead of sorting every visible ticket (issue 12).
    index("tickets_updated_idx").on(t.updatedAt, t.id),
    index("tickets_parent_idx").on(t.parentId),
    // The metrics' tickets by status and priority (an index-only count) and the open tickets' SLA clocks.
    index("tickets_status_priority_idx").on(t.status, t.priority),
    // An agent's scope (ticket.store.ts visibleTo) asks `follower_ids @> {me}` beside group and assignee.
    index("tickets_followers_idx").using("gin", t.followerIds),
    // The queue's "most urgent first" sort (list-tickets.store.ts priorityRank) walks this instead of sorting.
    index("tickets_priority_rank_idx").on(
      sql`(case ${t.priority} when 'critical' then 3 when 'high' then 2 when 'medium' then 1 else 0 end)`,
      t.id,
    ),
    // The console's views all ask for open tickets (views/list-views.ts OPEN_STATUSES): these walk only the open
    // backlog in each view's order, so a page stops after its 51st row instead of sorting every open ticket, and
    // they stay the backlog's size however long the closed history grows (issue 12, ADR 0010). A filter naming
    // some open statuses (status=open,new) is implied by the predicate, so it reaches them too.
    index("tickets_open_created_idx").on(t.createdAt, t.id).where(OPEN_TICKET),
    index("tickets_open_priority_rank_idx")
      .on(sql`(case ${t.priority} when 'critical' then 3 when 'high' then 2 when 'medium' then 1 else 0 end)`, t.id)
      .where(OPEN_TICKET),
    index("tickets_open_priority_created_idx").on(t.priority, t.createdAt, t.id).where(OPEN_TICKET),
    index("tickets_open_assignee_created_idx").on(t.assigneeId, t.createdAt, t.id).where(OPEN_TICKET),
  ],
);

/** The append-only history of every ticket: the truth the projection, clocks and reports fold. */
export const ticketEvents = pgTable(
  "ticket_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    /** 1-based position in the ticket's history; equals the ticket version after it. */
    seq: integer("seq").notNull(),
    type: text("type").notNull(),
    actorId: uuid("actor_id"),
    at: at("at").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
  },
  (t) => [uniqueIndex("ticket_events_ticket_seq_key").on(t.ticketId, t.seq), index("ticket_events_at_idx").on(t.at)],
);

export const attachments = pgTable(
  "attachments",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    uploadedBy: uuid("uploaded_by"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("attachments_ticket_idx").on(t.ticketId)],
);

/**
 * A ticket staff published on the public status page: the public title they wrote (never the requester's subject).
 * A projection of the ticket's public_incident events, written in the same transaction.
 */
export const publicIncidents = pgTable(
  "public_incidents",
  {
    ticketId: uuid("ticket_id")
      .primaryKey()
      .references(() => tickets.id),
    title: text("title").notNull(),
    publishedAt: at("published_at").notNull(),
    /** Set when staff took it off the status page; a later publish clears it. */
    unpublishedAt: at("unpublished_at"),
  },
  (t) => [index("public_incidents_published_idx").on(t.publishedAt)],
);

/** The timestamped public updates staff wrote on a public incident, oldest first. */
export const publicIncidentUpdates = pgTable(
  "public_incident_updates",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => publicIncidents.ticketId),
    body: text("body").notNull(),
    authorId: uuid("author_id").references(() => people.id),
    at: at("at").notNull(),
  },
  (t) => [index("public_incident_updates_ticket_idx").on(t.ticketId, t.at)],
);

/** Routes a new ticket to a group: the first active rule (by position) whose set fields all match. */
export const routingRules = pgTable("routing_rules", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  name: text("name").notNull(),
  position: integer("position").notNull(),
  categoryId: uuid("category_id").references(() => categories.id, { onDelete: "cascade" }),
  organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
  channel: text("channel", { enum: ["phone", "email", "chat", "whatsapp", "portal", "onsite", "remote", "api"] }),
  groupId: uuid("group_id")
    .notNull()
    .references(() => supportGroups.id, { onDelete: "cascade" }),
  active: boolean("active").notNull().default(true),
  createdAt: at("created_at").notNull().defaultNow(),
});

export type TicketRow = typeof tickets.$inferSelect;
export type TicketEventRow = typeof ticketEvents.$inferSelect;
