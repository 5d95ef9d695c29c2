import { sql } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Channel, Priority } from "../shared/enums.ts";
import { tickets } from "../tickets/ticket.tables.ts";
import type { TierHold } from "./indicators/time-per-tier.ts";
import type { WorkKind } from "../tickets/work-time/work-time.ts";

/** A finished stretch of work as stored: ISO end instant, so SQL compares it with a period's bounds. */
export type StoredWorkDone = { kind: WorkKind; ended_at: string; minutes: number };
import { listFactColumns, listFactIndexes } from "./list-facts.tables.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * Each ticket's indicator facts (indicators/indicator-facts.ts), one row per version: valid from the instant of the
 * last event it folds (`valid_from`, excluded from earlier periods) up to the next version's (`valid_to`, null for
 * the current one). A period ending at T reads the rows with valid_from < T <= coalesce(valid_to, infinity).
 * Refolded off the write path for the tickets `indicator_facts_dirty` marks; rebuilt by
 * `frontline report rebuild-facts`. Derived data: not exported, rebuilt on import (docs/decisions/0011).
 */
export const ticketIndicatorFacts = pgTable(
  "ticket_indicator_facts",
  {
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    validFrom: at("valid_from").notNull(),
    validTo: at("valid_to"),
    number: integer("number").notNull(),
    createdAt: at("created_at").notNull(),
    channel: text("channel").$type<Channel>().notNull(),
    /** The priority its SLA targets were measured by. */
    priority: text("priority").$type<Priority>().notNull(),
    /** Resolved or closed. */
    final: boolean("final").notNull(),
    resolvedAt: at("resolved_at"),
    linked: boolean("linked").notNull(),
    responseStoppedAt: at("response_stopped_at"),
    responseBusinessMinutes: doublePrecision("response_business_minutes"),
    responseWallMinutes: doublePrecision("response_wall_minutes"),
    responseBreachedAt: at("response_breached_at"),
    resolutionStoppedAt: at("resolution_stopped_at"),
    resolutionBusinessMinutes: doublePrecision("resolution_business_minutes"),
    resolutionWallMinutes: doublePrecision("resolution_wall_minutes"),
    resolutionBreachedAt: at("resolution_breached_at"),
    fcrExcluded: boolean("fcr_excluded").notNull(),
    fcrFirstContact: boolean("fcr_first_contact").notNull(),
    reopenedAt: at("reopened_at")
      .array()
      .notNull()
      .default(sql`'{}'::timestamptz[]`),
    tierHolds: jsonb("tier_holds").$type<Record<string, TierHold>>().notNull().default({}),
    /** Remote sessions, visits on site and trips finished by then (indicators/work-time.ts), oldest first. */
    workDone: jsonb("work_done").$type<StoredWorkDone[]>().notNull().default([]),
    ...listFactColumns,
  },
  (t) => [
    primaryKey({ columns: [t.ticketId, t.validFrom] }),
    // The current version of each ticket, which the reaction replaces or closes.
    uniqueIndex("ticket_indicator_facts_current_key")
      .on(t.ticketId)
      .where(sql`${t.validTo} is null`),
    // A period's figures are the versions that began in it and were still valid at its end …
    index("ticket_indicator_facts_valid_from_idx").on(t.validFrom),
    // … and its backlog is the versions still open at its end, however old.
    index("ticket_indicator_facts_open_idx")
      .on(t.validTo)
      .where(sql`not ${t.final}`),
    // An old period's backlog: the open versions whose (valid_from, valid_to] holds its end. The btree on valid_to
    // alone reads every open version closed after that end (nearly all of them for a period a year back).
    index("ticket_indicator_facts_open_range_idx")
      .using("gist", sql`tstzrange(${t.validFrom}, ${t.validTo}, '(]')`)
      .where(sql`not ${t.final}`),
    ...listFactIndexes(t),
  ],
);

/**
 * Tickets whose facts are behind their events: marked by the `markIndicatorFactsDirty` reaction in the events'
 * transaction (one upsert, which also waits for a refresh holding the row), refolded and removed by the facts worker
 * (`refresh-indicator-facts.ts`, claimed FOR UPDATE SKIP LOCKED) or by a report catching up before it reads
 * (docs/decisions/0011). `marked_at` is the first unrefreshed mark: the facts are complete up to the oldest one.
 */
export const indicatorFactsDirty = pgTable(
  "indicator_facts_dirty",
  {
    ticketId: uuid("ticket_id")
      .primaryKey()
      .references(() => tickets.id, { onDelete: "cascade" }),
    markedAt: at("marked_at").notNull().defaultNow(),
  },
  // Refreshes claim the oldest marks first.
  (t) => [index("indicator_facts_dirty_marked_at_idx").on(t.markedAt)],
);
