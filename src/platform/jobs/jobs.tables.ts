import { sql } from "drizzle-orm";
import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * The outbox and job queue: side effects (mail, webhooks) are rows written in the same transaction as the
 * change that caused them, and a worker in any process claims them with FOR UPDATE SKIP LOCKED.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind").notNull(),
    /** Version of the payload shape for this kind. */
    version: integer("version").notNull().default(1),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    /** The same effect enqueued twice is stored once. */
    idempotencyKey: text("idempotency_key").unique(),
    runAt: at("run_at").notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(8),
    lockedUntil: at("locked_until"),
    doneAt: at("done_at"),
    failedAt: at("failed_at"),
    lastError: text("last_error"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("jobs_due_idx")
      .on(t.runAt)
      .where(sql`done_at is null and failed_at is null`),
    // The metrics' count of jobs that gave up, without reading the done ones.
    index("jobs_failed_idx")
      .on(t.failedAt)
      .where(sql`failed_at is not null`),
  ],
);
