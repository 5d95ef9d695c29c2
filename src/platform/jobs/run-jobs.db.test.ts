import pino from "pino";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../test/support/db.ts";
import { claimJobs, enqueue, findJob } from "./jobs.store.ts";
import { exponentialBackoff, jobsTask, PermanentJobError, runDueJobs, type JobHandler } from "./run-jobs.ts";

const log = pino({ level: "silent" });

describeEachEngine("jobs runner", (ctx) => {
  const options = () => ({ now: () => ctx.deps.clock.now(), log });
  const run = (handlers: Record<string, JobHandler>) => runDueJobs(ctx.deps.db, handlers, options());
  async function job(kind = "test.ok", over: { runAt?: Date; maxAttempts?: number; idempotencyKey?: string } = {}) {
    await enqueue(ctx.deps.db, { kind, payload: { n: 1 }, runAt: ctx.deps.clock.now(), ...over });
  }

  it("runs a due job once and marks it done; a job not yet due waits", async () => {
    const seen: number[] = [];
    await job("test.ok");
    await job("test.ok", { runAt: new Date(ctx.deps.clock.now().getTime() + 60_000), idempotencyKey: "later" });
    expect(await run({ "test.ok": async (j) => void seen.push(j.id) })).toEqual({
      claimed: 1,
      done: 1,
      retried: 0,
      failed: 0,
    });
    expect(await run({ "test.ok": async (j) => void seen.push(j.id) })).toMatchObject({ claimed: 0 });
    expect(seen).toEqual([1]);
    const done = await findJob(ctx.deps.db, 1);
    expect(done).toMatchObject({ attempts: 1, lockedUntil: null, failedAt: null });
    expect(done!.doneAt).toEqual(ctx.deps.clock.now());
  });

  it("stores an effect enqueued twice under one idempotency key once", async () => {
    await job("test.ok", { idempotencyKey: "ticket:threshold:email" });
    await job("test.ok", { idempotencyKey: "ticket:threshold:email" });
    expect(await run({ "test.ok": async () => undefined })).toMatchObject({ claimed: 1, done: 1 });
  });

  it("retries a failing job with exponential backoff, then fails it with the last error after max attempts", async () => {
    await job("test.flaky", { maxAttempts: 3 });
    let calls = 0;
    const handlers = {
      "test.flaky": async () => {
        calls++;
        throw new Error(`boom ${calls}`);
      },
    };
    const start = ctx.deps.clock.now().getTime();
    expect(await run(handlers)).toMatchObject({ claimed: 1, retried: 1 });
    let row = await findJob(ctx.deps.db, 1);
    expect(row).toMatchObject({ attempts: 1, lastError: "boom 1", lockedUntil: null, failedAt: null, doneAt: null });
    expect(row!.runAt.getTime()).toBe(start + exponentialBackoff(1));
    expect(await run(handlers)).toMatchObject({ claimed: 0 }); // not due before its backoff
    ctx.deps.clock.advance(exponentialBackoff(1));
    expect(await run(handlers)).toMatchObject({ claimed: 1, retried: 1 });
    row = await findJob(ctx.deps.db, 1);
    expect(row!.runAt.getTime()).toBe(ctx.deps.clock.now().getTime() + exponentialBackoff(2));
    expect(exponentialBackoff(2)).toBe(2 * exponentialBackoff(1));
    ctx.deps.clock.advance(exponentialBackoff(2));
    expect(await run(handlers)).toMatchObject({ claimed: 1, failed: 1 });
    row = await findJob(ctx.deps.db, 1);
    expect(row).toMatchObject({ attempts: 3, lastError: "boom 3", doneAt: null });
    expect(row!.failedAt).toEqual(ctx.deps.clock.now());
    ctx.deps.clock.advance(3_600_000);
    expect(await run(handlers)).toMatchObject({ claimed: 0 });
    expect(calls).toBe(3);
  });

  it("fails a job at once on a permanent error", async () => {
    await job("test.bad");
    expect(
      await run({ "test.bad": async () => Promise.reject(new PermanentJobError("SMTP_URL is not configured")) }),
    ).toMatchObject({ failed: 1 });
    expect(await findJob(ctx.deps.db, 1)).toMatchObject({ attempts: 1, lastError: "SMTP_URL is not configured" });
  });

  it("leaves kinds it has no handler for to a process that has one", async () => {
    await job("test.elsewhere");
    expect(await run({ "test.ok": async () => undefined })).toMatchObject({ claimed: 0 });
    expect(await run({ "test.elsewhere": async () => undefined })).toMatchObject({ claimed: 1, done: 1 });
  });

  it("a claimed job is skipped by other runners until its lease runs out (a crashed process's job is retried)", async () => {
    await job("test.ok");
    const now = ctx.deps.clock.now();
    // A process claims it and dies without finishing.
    expect(await claimJobs(ctx.deps.db, ["test.ok"], now, new Date(now.getTime() + 300_000), 10)).toHaveLength(1);
    expect(await run({ "test.ok": async () => undefined })).toMatchObject({ claimed: 0 });
    ctx.deps.clock.advance(300_000);
    expect(await run({ "test.ok": async () => undefined })).toMatchObject({ claimed: 1, done: 1 });
    expect(await findJob(ctx.deps.db, 1)).toMatchObject({ attempts: 2 });
  });

  it("a run whose lease was taken over does not overwrite the new owner's outcome", async () => {
    await job("test.ok");
    const handlers: Record<string, JobHandler> = {
      "test.ok": async () => {
        // While this run is slow, its lease runs out and another process claims and finishes the job.
        ctx.deps.clock.advance(600_000);
        await runDueJobs(ctx.deps.db, { "test.ok": async () => undefined }, options());
        throw new Error("late failure");
      },
    };
    await run(handlers);
    expect(await findJob(ctx.deps.db, 1)).toMatchObject({ attempts: 2, lastError: null, failedAt: null });
  });

  it("as a worker task, says when the next job can be claimed", async () => {
    const task = jobsTask(ctx.deps.db, { "test.ok": async () => undefined }, options());
    expect(await task.nextWakeAt!()).toBeNull();
    const later = new Date(ctx.deps.clock.now().getTime() + 45_000);
    await job("test.ok", { runAt: later });
    expect(await task.nextWakeAt!()).toEqual(later);
    expect(await task.run()).toEqual({ more: false });
  });
});
