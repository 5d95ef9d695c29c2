import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { people, supportGroups } from "../identity/identity.tables.ts";
import { articles } from "../knowledge/article/article.tables.ts";
import { tickets } from "../tickets/ticket.tables.ts";
import type { Calendar } from "./calendar/index.ts";
import type { PolicyDefinition, PolicyConditions } from "./policy/policy.ts";
import type { ClockSummary } from "./clock/clocks.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** Support-hours calendars; their definitions live in calendar_versions so past business time never moves. */
export const calendars = pgTable("calendars", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  name: text("name").notNull().unique(),
  createdAt: at("created_at").notNull().defaultNow(),
});

/** Each edit of a calendar, effective from a time on: time before it is measured on the old hours. */
export const calendarVersions = pgTable(
  "calendar_versions",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    calendarId: uuid("calendar_id")
      .notNull()
      .references(() => calendars.id, { onDelete: "cascade" }),
    effectiveFrom: at("effective_from").notNull(),
    definition: jsonb("definition").$type<Calendar>().notNull(),
    createdBy: uuid("created_by"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("calendar_versions_calendar_from_key").on(t.calendarId, t.effectiveFrom)],
);

/** SLA policies: conditions choose the policy for a ticket (first match by position; the default otherwise). */
export const slaPolicies = pgTable("sla_policies", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  name: text("name").notNull().unique(),
  position: integer("position").notNull().default(100),
  isDefault: boolean("is_default").notNull().default(false),
  active: boolean("active").notNull().default(true),
  conditions: jsonb("conditions").$type<PolicyConditions>().notNull().default({}),
  createdAt: at("created_at").notNull().defaultNow(),
});

/** Every edit of a policy is a new version; a ticket keeps the version it was opened under. */
export const slaPolicyVersions = pgTable(
  "sla_policy_versions",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    policyId: uuid("policy_id")
      .notNull()
      .references(() => slaPolicies.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    effectiveFrom: at("effective_from").notNull(),
    definition: jsonb("definition").$type<PolicyDefinition>().notNull(),
    createdBy: uuid("created_by"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("sla_policy_versions_policy_version_key").on(t.policyId, t.version)],
);

/** The SLA applied to a ticket: its pinned policy version, the clock summary, and the next instant a timer is due. */
export const ticketSla = pgTable(
  "ticket_sla",
  {
    ticketId: uuid("ticket_id")
      .primaryKey()
      .references(() => tickets.id, { onDelete: "cascade" }),
    policyVersionId: uuid("policy_version_id")
      .notNull()
      .references(() => slaPolicyVersions.id),
    /** The earliest unfired warning, breach or escalation instant of any running clock; null when nothing is due. */
    nextDueAt: at("next_due_at"),
    /** Folded clocks, kept for list filters ("breaching within 30 minutes", "breached"). */
    summary: jsonb("summary").$type<ClockSummary>().notNull(),
    responseDueAt: at("response_due_at"),
    resolutionDueAt: at("resolution_due_at"),
    /** Business time a paused resolution clock has left (null unless paused): sort=due ranks it at now + this. */
    resolutionPausedRemainingMs: bigint("resolution_paused_remaining_ms", { mode: "number" }),
    breached: boolean("breached").notNull().default(false),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [
    index("ticket_sla_next_due_idx").on(t.nextDueAt),
    index("ticket_sla_resolution_due_idx").on(t.resolutionDueAt),
    index("ticket_sla_response_due_idx").on(t.responseDueAt),
  ],
);

/** Each warning, breach and escalation level fired, once: the unique key makes firing idempotent across processes. */
export const slaFirings = pgTable(
  "sla_firings",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    /** Identifies the threshold: clock, cycle, target and level, e.g. "resolution:0:3600000:warn-75". */
    key: text("key").notNull(),
    /** The instant the threshold was crossed (not when a worker got to it). */
    dueAt: at("due_at").notNull(),
    firedAt: at("fired_at").notNull(),
  },
  (t) => [uniqueIndex("sla_firings_ticket_key").on(t.ticketId, t.key)],
);

/** Every escalation, automatic or by hand: level, kind, from, to, reason, rule or person, time. */
export const escalations = pgTable(
  "escalations",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["warning", "breach", "functional", "hierarchical", "priority", "manual"] }).notNull(),
    level: integer("level"),
    clock: text("clock"),
    fromGroupId: uuid("from_group_id").references(() => supportGroups.id),
    toGroupId: uuid("to_group_id").references(() => supportGroups.id),
    fromPriority: text("from_priority"),
    toPriority: text("to_priority"),
    notified: jsonb("notified").$type<string[]>().notNull().default([]),
    reason: text("reason").notNull(),
    /** The policy rule that fired it, or null when a person escalated by hand. */
    rule: text("rule"),
    actorId: uuid("actor_id").references(() => people.id),
    at: at("at").notNull(),
  },
  (t) => [index("escalations_ticket_idx").on(t.ticketId, t.at), index("escalations_at_idx").on(t.at)],
);

/** In-app notifications (escalations and warnings reach people here, and by mail/webhook through jobs). */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    ticketId: uuid("ticket_id").references(() => tickets.id, { onDelete: "cascade" }),
    /** The knowledge base article it is about (an overdue review), when it is about one. */
    articleId: uuid("article_id").references(() => articles.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    createdAt: at("created_at").notNull(),
    readAt: at("read_at"),
  },
  (t) => [index("notifications_person_idx").on(t.personId, t.createdAt)],
);

/** Internal per-group targets (OLA), in business minutes per priority. */
export const groupTargets = pgTable("sla_group_targets", {
  groupId: uuid("group_id")
    .primaryKey()
    .references(() => supportGroups.id, { onDelete: "cascade" }),
  calendarId: uuid("calendar_id").references(() => calendars.id),
  minutes: jsonb("minutes").$type<Partial<Record<"critical" | "high" | "medium" | "low", number>>>().notNull(),
});
