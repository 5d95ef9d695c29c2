import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnvironment } from "../../src/config/config.ts";
import { openDatabase, type Database } from "../../src/platform/db/database.ts";
import { migrate } from "../../src/platform/db/migrate.ts";
import { ensureSlaDefaults } from "../../src/sla/policy/ensure-sla-defaults.ts";
import { escalations, notifications, slaFirings, ticketSla } from "../../src/sla/sla.tables.ts";
import { createTicket } from "../../src/tickets/ticket/create-ticket.ts";
import { BIN, runCli } from "../support/cli.ts";
import { createScratchPostgres, testDeps, type TestDeps } from "../support/db.ts";
import { buildWorkspace, ticketInput } from "../support/factories.ts";

// Real `frontline worker` processes against one PostgreSQL database: every SLA threshold fires exactly once
// however the work is shared, and thresholds that fell due while no worker ran fire at start-up, stamped with
// the instant they fell due. Tickets are opened through createTicket with a clock set in the past.

const scratch = mkdtempSync(path.join(tmpdir(), "frontline-workers-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const TICKETS = 1000;
const LATE_TICKETS = 200;
// Critical: first response 5 min, resolution 1 h, on the 24×7 calendar.
const RESPONSE = { "warn-50": 150_000, "warn-75": 225_000, "warn-90": 270_000, breach: 300_000 } as const;
const TIMEOUT = 300_000;

type WorkerProcess = { ready: Promise<void>; output(): string; stop(): Promise<number | null> };

/** Starts `frontline worker` (info logs on stdout, one JSON line each); stop() sends SIGTERM and gives its exit status. */
function startWorkerProcess(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, [BIN, "worker"], {
    cwd: scratch,
    env: { ...testEnvironment().childEnv, LOG_LEVEL: "info", ...env },
  });
  child.stdin.end();
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
      if (/Frontline worker \d+ is running/.test(output)) resolve();
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    void exited.then(() => reject(new Error(`frontline worker exited before it was ready:\n${output}`)));
  });
  ready.catch(() => undefined);
  return {
    ready,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** How many thresholds a worker says it fired, from its "SLA timers fired" log lines. */
function firedBy(worker: WorkerProcess): number {
  let total = 0;
  for (const line of worker.output().split("\n")) {
    if (!line.startsWith("{")) continue;
    const entry = JSON.parse(line) as { msg?: string; fired?: number };
    if (entry.msg === "SLA timers fired") total += entry.fired ?? 0;
  }
  return total;
}

/** Runs `fn` over the items with at most `width` in flight. */
async function inParallel<T>(items: readonly T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

describe("frontline worker on the embedded database", () => {
  it("refuses with one clear line, without opening the data directory", async () => {
    const dataDir = path.join(scratch, "never-created");
    const result = await runCli(["worker"], { cwd: scratch, env: { DATA_DIR: dataDir } });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^frontline: `frontline worker` needs PostgreSQL \(DATABASE_URL\)[^\n]*frontline start`\n$/,
    );
    expect(existsSync(dataDir)).toBe(false);
  });
});

describe.skipIf(!testEnvironment().testDatabaseUrl)("two frontline worker processes on one PostgreSQL database", () => {
  let database: Database;
  let deps: TestDeps;
  let env: Record<string, string>;
  let workspace: Awaited<ReturnType<typeof buildWorkspace>>;
  const running: WorkerProcess[] = [];

  beforeAll(async () => {
    const url = await createScratchPostgres("workers");
    env = { DATABASE_URL: url, DATABASE_POOL_SIZE: "4", DATA_DIR: path.join(scratch, "data") };
    database = await openDatabase({ engine: "postgres", url, poolSize: 8 });
    await migrate(database);
    deps = testDeps(database);
    await ensureSlaDefaults(deps);
    workspace = await buildWorkspace(deps);
  });

  afterAll(async () => {
    await Promise.all(running.map((w) => w.stop()));
    await database?.close();
  });

  /** Opens Critical tickets, each with the clock at `openedAt(i)`; returns their ids and opening instants. */
  async function openTickets(count: number, openedAt: (i: number) => number): Promise<Map<string, number>> {
    const opened = new Map<string, number>();
    const input = ticketInput({
      requesterId: workspace.requester.personId,
      impact: "organization",
      urgency: "high",
      assigneeId: workspace.agent.personId,
      groupId: workspace.group.id,
    });
    await inParallel([...Array(count).keys()], 8, async (i) => {
      const at = openedAt(i);
      const t = await createTicket(
        { ...deps, clock: { ...deps.clock, now: () => new Date(at) } },
        workspace.agent,
        input,
      );
      opened.set(t.id, at);
    });
    return opened;
  }

  /** Waits until no ticket has a threshold due before now + a minute (every due one has fired). */
  async function drained(): Promise<void> {
    const until = Date.now() + 120_000;
    for (;;) {
      const [row] = await deps.db
        .select({ n: sql<number>`count(*)::int` })
        .from(ticketSla)
        .where(lte(ticketSla.nextDueAt, sql`now() + interval '60 seconds'`));
      if (row!.n === 0) return;
      if (Date.now() > until)
        throw new Error(`${row!.n} tickets still have thresholds due\n${running.map((w) => w.output()).join("\n")}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  async function startWorkers(n: number): Promise<WorkerProcess[]> {
    const started = Array.from({ length: n }, () => startWorkerProcess(env));
    running.push(...started);
    await Promise.all(started.map((w) => w.ready));
    return started;
  }

  async function firingsOf(ids: readonly string[]) {
    return deps.db
      .select()
      .from(slaFirings)
      .where(inArray(slaFirings.ticketId, [...ids]));
  }

  it(
    "fire every warning and breach of 1,000 tickets exactly once, sharing the work",
    { timeout: TIMEOUT },
    async () => {
      const workers = await startWorkers(2);
      // Opened 295 s ago (plus up to 3 s): three response warnings are already due, the breach falls due in 5–8 s.
      const opened = await openTickets(TICKETS, (i) => Date.now() - 295_000 + (i % 10) * 300);
      await drained();
      expect(await Promise.all(workers.map((w) => w.stop()))).toEqual([0, 0]);

      const ids = [...opened.keys()];
      const fired = await firingsOf(ids);
      expect(fired).toHaveLength(TICKETS * 4);
      const expected = ids.flatMap((id) =>
        Object.entries(RESPONSE).map(
          ([point, after]) => `${id} first_response:0:300000:${point} ${opened.get(id)! + after}`,
        ),
      );
      expect(fired.map((f) => `${f.ticketId} ${f.key} ${f.dueAt.getTime()}`).sort()).toEqual(expected.sort());

      // The side effects happened once too: one escalation row and one in-app notification per firing.
      const rows = await deps.db
        .select({ ticketId: escalations.ticketId, kind: escalations.kind, clock: escalations.clock })
        .from(escalations)
        .where(inArray(escalations.ticketId, ids));
      const breaches = rows.filter((r) => r.kind === "breach");
      expect(breaches).toHaveLength(TICKETS);
      expect(new Set(breaches.map((r) => `${r.ticketId} ${r.clock}`)).size).toBe(TICKETS);
      expect(rows.filter((r) => r.kind === "warning")).toHaveLength(TICKETS * 3);
      const [inbox] = await deps.db
        .select({ n: sql<number>`count(*)::int` })
        .from(notifications)
        .where(eq(notifications.personId, workspace.agent.personId));
      expect(inbox!.n).toBe(TICKETS * 4);

      // Each process did part of it, and together all of it.
      const counts = workers.map(firedBy);
      expect(counts[0]! + counts[1]!).toBe(TICKETS * 4);
      expect(
        counts.every((n) => n > 0),
        `fired per worker: ${counts.join(", ")}`,
      ).toBe(true);
    },
  );

  it(
    "after a restart, fire what fell due while no worker ran, stamped with the instant it fell due",
    { timeout: TIMEOUT },
    async () => {
      const before = (await deps.db.select({ n: sql<number>`count(*)::int` }).from(slaFirings))[0]!.n;
      // Opened 40 min ago while no worker runs: the whole response clock and the resolution's 50 % warning are overdue.
      const opened = await openTickets(LATE_TICKETS, (i) => Date.now() - 40 * 60_000 + i);
      const restartedAt = Date.now();
      const workers = await startWorkers(2);
      await drained();
      expect(await Promise.all(workers.map((w) => w.stop()))).toEqual([0, 0]);

      const ids = [...opened.keys()];
      const fired = await firingsOf(ids);
      const points = { ...RESPONSE, resolution: 1_800_000 };
      expect(fired).toHaveLength(LATE_TICKETS * Object.keys(points).length);
      for (const f of fired) {
        const after = f.key.startsWith("resolution")
          ? points.resolution
          : RESPONSE[f.key.split(":")[3] as keyof typeof RESPONSE];
        expect(f.dueAt.getTime()).toBe(opened.get(f.ticketId)! + after);
        expect(f.firedAt.getTime()).toBeGreaterThanOrEqual(restartedAt);
      }
      // Escalations carry the true instant too, not the start-up time.
      const breaches = await deps.db
        .select()
        .from(escalations)
        .where(and(inArray(escalations.ticketId, ids), eq(escalations.kind, "breach")));
      expect(breaches).toHaveLength(LATE_TICKETS);
      for (const b of breaches) expect(b.at.getTime()).toBe(opened.get(b.ticketId)! + RESPONSE.breach);
      // Nothing fired before was fired again.
      const [after] = await deps.db.select({ n: sql<number>`count(*)::int` }).from(slaFirings);
      expect(after!.n).toBe(before + fired.length);
    },
  );
});
