import type { Logger } from "pino";
import type { Db } from "../db/database.ts";
import { claimJobs, finishJob, nextJobAt, type JobRecord, type JobOutcome } from "./jobs.store.ts";
import type { WorkerTask } from "./worker.ts";

/** Carries out one job. Throwing means "try again later"; throw PermanentJobError when retrying cannot help. */
export type JobHandler = (job: JobRecord) => Promise<void>;

/** A failure no retry can fix (a missing setting, a malformed payload): the job fails at once, visibly. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentJobError";
  }
}

export type JobRunnerOptions = {
  now: () => Date;
  log: Logger;
  /** How long a claim holds a job; a process that dies mid-run leaves it to others once this runs out. */
  leaseMs?: number;
  /** Jobs claimed (and run concurrently) per pass. */
  batch?: number;
  /** Delay before the retry that follows the n-th failed attempt. */
  backoffMs?: (attempt: number) => number;
};

const LEASE_MS = 5 * 60_000;
const BATCH = 20;

/** 30 s, 1 min, 2 min, … doubling per failed attempt, at most an hour. */
export function exponentialBackoff(attempt: number): number {
  return Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempt - 1));
}

// Stored errors stay readable in a listing; the full one is in the log.
const MAX_ERROR_LENGTH = 1000;

async function runOne(
  db: Db,
  job: JobRecord,
  handler: JobHandler,
  options: JobRunnerOptions,
): Promise<"done" | "retry" | "failed"> {
  let outcome: JobOutcome;
  let result: "done" | "retry" | "failed";
  try {
    // Claims past the limit mean runs that never finished: their process died (perhaps because of this job).
    if (job.attempts > job.maxAttempts)
      throw new PermanentJobError(`gave up after ${job.maxAttempts} attempts; the last runs never finished`);
    await handler(job);
    outcome = { doneAt: options.now() };
    result = "done";
  } catch (error) {
    const lastError = ((error as Error)?.message ?? String(error)).slice(0, MAX_ERROR_LENGTH);
    const permanent = error instanceof PermanentJobError;
    if (permanent || job.attempts >= job.maxAttempts) {
      outcome = { failedAt: options.now(), lastError };
      result = "failed";
      options.log.error({ jobId: job.id, kind: job.kind, attempts: job.attempts, err: error }, "job failed for good");
    } else {
      const delay = (options.backoffMs ?? exponentialBackoff)(job.attempts);
      outcome = { runAt: new Date(options.now().getTime() + delay), lastError };
      result = "retry";
      options.log.warn(
        { jobId: job.id, kind: job.kind, attempts: job.attempts, retryInMs: delay, error: lastError },
        "job failed; will retry",
      );
    }
  }
  if (!(await finishJob(db, job.id, job.attempts, outcome))) {
    options.log.warn({ jobId: job.id, kind: job.kind }, "job lease lost before it finished; another run owns it now");
  }
  return result;
}

/**
 * One pass of the job queue: claims due jobs of the kinds there are handlers for, runs them concurrently,
 * and marks each done, due again after an exponential backoff, or failed (max attempts reached, or a
 * permanent error) with its last error. Delivery is at least once: a process that dies after the effect but
 * before marking it done leaves the job to be run again when its lease runs out.
 */
export async function runDueJobs(db: Db, handlers: Readonly<Record<string, JobHandler>>, options: JobRunnerOptions) {
  const now = options.now();
  const claimed = await claimJobs(
    db,
    Object.keys(handlers),
    now,
    new Date(now.getTime() + (options.leaseMs ?? LEASE_MS)),
    options.batch ?? BATCH,
  );
  const results = await Promise.all(claimed.map((job) => runOne(db, job, handlers[job.kind]!, options)));
  const count = (r: string) => results.filter((x) => x === r).length;
  return { claimed: claimed.length, done: count("done"), retried: count("retry"), failed: count("failed") };
}

/** The job queue as a worker task: runs due jobs, and sleeps until the next one can be claimed. */
export function jobsTask(
  db: Db,
  handlers: Readonly<Record<string, JobHandler>>,
  options: JobRunnerOptions,
): WorkerTask {
  const batch = options.batch ?? BATCH;
  return {
    name: "jobs",
    run: async () => ({ more: (await runDueJobs(db, handlers, options)).claimed === batch }),
    nextWakeAt: () => nextJobAt(db, Object.keys(handlers)),
  };
}
