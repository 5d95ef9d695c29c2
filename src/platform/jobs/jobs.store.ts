import { and, asc, eq, getTableName, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/database.ts";
import type { DeferredWrites } from "../db/deferred-writes.ts";
import { runStatement, statement, type Statement } from "../db/statement.ts";
import { jobs } from "./jobs.tables.ts";

export type JobRecord = typeof jobs.$inferSelect;
export type NewJob = typeof jobs.$inferInsert;

const pending = () => and(isNull(jobs.doneAt), isNull(jobs.failedAt));

/**
 * Adds a job; the idempotency key makes a second enqueue of the same effect a no-op. `alongside` is a write the job
 * is for (the outbox row it sends), run in the same statement as a data-modifying CTE: one round trip for both.
 */
export async function enqueue(db: Db, row: NewJob, alongside?: SQL, later?: DeferredWrites): Promise<void> {
  const insert = db.insert(jobs).values(row).onConflictDoNothing();
  // Queued with the transaction's other deferred writes (sent before it commits): no round trip of its own.
  if (later) {
    const job = insert.getSQL();
    later.writeCtes((prefix) => {
      const name = (part: string) => sql.raw(`${prefix}_${part}`);
      return alongside
        ? sql`${name("alongside")} as (${alongside}), ${name("job")} as (${job})`
        : sql`${name("job")} as (${job})`;
    });
    return;
  }
  if (alongside) await db.execute(sql`with alongside as (${alongside}) ${insert.getSQL()}`);
  else await insert;
}

/**
 * The statement that runs `write` (an INSERT … RETURNING id whose own values are $1…$n) and, in the same statement,
 * adds one job whose payload lists the ids it wrote (`{ [payloadKey]: [ids…] }`, keyed `${kind}:${first id}`); nothing
 * written, no job. The job's kind, payload key and run-at are the statement's last three values ($n+1…$n+3), which
 * insertWithJob appends. Built once by the caller: its text never changes, so it is a named prepared statement on
 * PostgreSQL (platform/db/statement.ts) — the webhook's hot path neither builds SQL nor has it parsed per post.
 */
export function withJobStatement(family: string, write: string, writeValues: number): Statement {
  const [kind, payloadKey, runAt] = [1, 2, 3].map((k) => `$${writeValues + k}`);
  return statement(
    family,
    `with written as (${write}),
    job as (
      insert into "${getTableName(jobs)}" (kind, payload, idempotency_key, run_at)
      select ${kind}::text, jsonb_build_object(${payloadKey}::text, jsonb_agg(id order by id)),
             ${kind}::text || ':' || min(id), ${runAt}::timestamptz
      from written having count(*) > 0
      on conflict do nothing
    )
    select id from written order by id`,
  );
}

/**
 * Runs a withJobStatement with the write's values and the job's: answers the ids written, ascending. One round trip
 * and one implicit transaction: the rows and their job commit together or not at all.
 */
export async function insertWithJob(
  db: Db,
  write: Statement,
  values: readonly unknown[],
  job: { kind: string; payloadKey: string; runAt: Date },
): Promise<number[]> {
  const rows = await runStatement<{ id: number | string }>(db, write, [
    ...values,
    job.kind,
    job.payloadKey,
    job.runAt.toISOString(),
  ]);
  return rows.map((r) => Number(r.id));
}

/**
 * Claims up to `limit` due jobs of these kinds and leases them until `leaseUntil`, in one statement
 * (FOR UPDATE SKIP LOCKED, so concurrent processes never claim the same row). A job whose lease ran out
 * (its process died mid-run) is due again. Each claim counts as an attempt.
 */
export async function claimJobs(
  db: Db,
  kinds: readonly string[],
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<JobRecord[]> {
  if (kinds.length === 0) return [];
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        pending(),
        lte(jobs.runAt, now),
        or(isNull(jobs.lockedUntil), lte(jobs.lockedUntil, now)),
        inArray(jobs.kind, [...kinds]),
      ),
    )
    .orderBy(asc(jobs.runAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(jobs)
    .set({ lockedUntil: leaseUntil, attempts: sql`${jobs.attempts} + 1` })
    .where(inArray(jobs.id, due))
    .returning();
}

export type JobOutcome = { doneAt: Date } | { runAt: Date; lastError: string } | { failedAt: Date; lastError: string };

/**
 * Records how a claimed run ended (done, retry later, or failed for good) and releases the lease. Guarded by
 * the attempt number: if the lease ran out and another process claimed the job again, this run's word is dropped.
 */
export async function finishJob(db: Db, id: number, attempt: number, outcome: JobOutcome): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ ...outcome, lockedUntil: null })
    .where(and(eq(jobs.id, id), eq(jobs.attempts, attempt)))
    .returning({ id: jobs.id });
  return rows.length === 1;
}

/** When the next job of these kinds can be claimed (due and not leased), or null when there is none. */
export async function nextJobAt(db: Db, kinds: readonly string[]): Promise<Date | null> {
  if (kinds.length === 0) return null;
  const [row] = await db
    .select({
      at: sql<Date | string | null>`min(greatest(${jobs.runAt}, coalesce(${jobs.lockedUntil}, ${jobs.runAt})))`,
    })
    .from(jobs)
    .where(and(pending(), inArray(jobs.kind, [...kinds])));
  return row?.at ? new Date(row.at) : null;
}

/** A job by id (tests and tooling). */
export async function findJob(db: Db, id: number): Promise<JobRecord | undefined> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

/** The outbox backlog (the metrics' gauge): jobs waiting to run or be retried, and jobs that gave up. */
export async function jobBacklog(db: Db): Promise<{ pending: number; failed: number }> {
  const [row] = await db
    .select({
      pending: sql<number>`(count(*) filter (where ${jobs.doneAt} is null and ${jobs.failedAt} is null))::int`,
      failed: sql<number>`(count(*) filter (where ${jobs.failedAt} is not null))::int`,
    })
    .from(jobs)
    .where(or(pending(), sql`${jobs.failedAt} is not null`));
  return { pending: row?.pending ?? 0, failed: row?.failed ?? 0 };
}
