// SLA timer lag: how late warnings fire when many clocks fall due together. 100,000 running Critical clocks on
// PostgreSQL (a scratch database), each ticket's 50 % first-response warning due somewhere in a 20 s window that
// opens a few seconds after setup; the real worker loop (`startWorker` + `slaTimersTask`, in this process) fires
// them. Lag per firing = fired_at − due_at (fired_at is the instant the worker's pass began); "lag to commit" is
// from due to the end of the pass that fired it, when the firing became visible.
// CPU per firing (this process, and the PostgreSQL processes serving the scratch database) is reported too: on a
// shared machine, lag depends on what else runs, CPU per firing much less.
// Run: node bin/run-ts.js bench/sla-timers.bench.ts [--clocks N] [--window S] [--workers W] [--batch B] [--pg-url URL]
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import pg from "pg";
import pino from "pino";
import { referenceCache } from "../src/platform/cache/reference-cache.ts";
import { liveHub } from "../src/platform/live/live-hub.ts";
import { decodeLiveMessage, LIVE_CHANNEL } from "../src/tickets/live/live.ts";
import { CHAT_CHANNEL, decodeChatNotice } from "../src/channels/chat/chat.live.ts";
import { parseConfig } from "../src/config/config.ts";
import type { Deps } from "../src/context.ts";
import { openDatabase, type Database } from "../src/platform/db/database.ts";
import { migrate } from "../src/platform/db/migrate.ts";
import { startWorker, type WorkerTask } from "../src/platform/jobs/worker.ts";
import { memoryStorage } from "../src/platform/storage/blob-storage.ts";
import { trackSla } from "../src/sla/clock/track-sla.ts";
import { ensureSlaDefaults } from "../src/sla/policy/ensure-sla-defaults.ts";
import { slaTimersTask } from "../src/sla/escalation/sla-timers.job.ts";
import { deferCleanup } from "./cleanup.ts";
import { measureCpu, type CpuSplit } from "./cpu.ts";

/** `met` is set on the rows that have an aim: whether this run met it. */
export type TimerBenchRow = { name: string; value: string; aim: string; met?: boolean };
export type TimerBenchOptions = {
  postgresUrl?: string;
  clocks?: number;
  windowSec?: number;
  /** Worker loops, each with its own connection pool, in this process. */
  workers?: number;
  /** Tickets claimed per pass (default: the task's own). */
  batch?: number;
  log?: (line: string) => void;
};

const DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/postgres";
// The window opens this long after setup ends (worker start-up, first poll).
const LEAD_MS = 3000;
// Critical first response is 5 min on the 24×7 calendar: its 50 % warning is 150 s after opening.
const WARN_AFTER_MS = 150_000;
// Only that warning falls in the window (the next, at 75 %, is 75 s later); a slow run must not count those.
const WINDOW_POINT = ":warn-50";
const AIM_P99_MS = 1000;

async function withAdmin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function depsFor(database: Database, url: string, now: () => Date): Deps {
  return {
    db: database.db,
    readDb: database.db,
    engine: database.engine,
    clock: { now },
    config: parseConfig({ LOG_LEVEL: "silent", DATABASE_URL: url }),
    storage: memoryStorage(),
    log: pino({ level: "silent" }),
    cache: referenceCache(0),
    referenceChanged: async () => undefined,
    reactions: [trackSla],
    live: liveHub(database, { channel: LIVE_CHANNEL, decode: decodeLiveMessage }),
    chatLive: liveHub(database, { channel: CHAT_CHANNEL, decode: decodeChatNotice }),
  };
}

/** Bulk setup in SQL: a workspace, then `clocks` Critical tickets opened so their warnings fall due from `windowStart` on. */
async function seed(database: Database, clocks: number, windowStart: number, windowMs: number): Promise<void> {
  await database.rawTransaction(async (tx) => {
    await tx.exec(`
      insert into organizations (id, name, kind) values ('00000000-0000-4000-8000-00000000000a', 'Provider', 'provider'), ('00000000-0000-4000-8000-00000000000b', 'Client', 'client');
      insert into people (id, organization_id, name, email, role) values
        ('00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000000a', 'Agent', 'agent@bench.test', 'agent'),
        ('00000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-00000000000a', 'Lead', 'lead@bench.test', 'agent'),
        ('00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-00000000000b', 'Requester', 'requester@bench.test', 'requester');
      insert into support_groups (id, name, tier, lead_id) values ('00000000-0000-4000-8000-0000000000c1', 'Service desk', 1, '00000000-0000-4000-8000-0000000000a2');
      insert into group_members (group_id, person_id) values ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000a1');`);
    const [pv] = await tx.query<{ id: string }>("select id from sla_policy_versions limit 1");
    const params = [clocks, windowStart - WARN_AFTER_MS, windowMs, pv!.id];
    await tx.query(
      `insert into tickets (id, number, subject, description, type, impact, urgency, priority, status, requester_id, organization_id,
         group_id, assignee_id, channel, version, created_at, updated_at)
       select md5('bench' || i)::uuid, 100000 + i, 'Bench ticket ' || i, 'Timer lag', 'incident', 'organization', 'high', 'critical', 'new',
         '00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-0000000000c1',
         '00000000-0000-4000-8000-0000000000a1', 'portal', 1, o.at, o.at
       from generate_series(0, $1::int - 1) i,
         lateral (select to_timestamp(($2::float8 + (i::float8 * $3::float8 / $1::float8)) / 1000) as at) o`,
      params.slice(0, 3),
    );
    await tx.query(`
      insert into ticket_events (ticket_id, seq, type, actor_id, at, data)
      select id, 1, 'created', requester_id, created_at, jsonb_build_object('fromStaff', false, 'fields', jsonb_build_object(
        'subject', subject, 'description', description, 'type', type, 'categoryId', null, 'impact', impact, 'urgency', urgency,
        'priority', priority, 'priorityOverride', null, 'status', status, 'requesterId', requester_id, 'organizationId', organization_id,
        'groupId', group_id, 'assigneeId', assignee_id, 'channel', channel, 'tags', '[]'::jsonb, 'parentId', null))
      from tickets`);
    await tx.query(
      `insert into ticket_sla (ticket_id, policy_version_id, next_due_at, summary, response_due_at, resolution_due_at, breached, updated_at)
       select id, $1, created_at + interval '150 seconds', '{"priority":"critical","clocks":[]}', created_at + interval '5 minutes',
         created_at + interval '1 hour', false, created_at
       from tickets`,
      [pv!.id],
    );
  });
  await database.exec("analyze");
}

/** Wraps the task so each pass's `now` (its fired_at) is mapped to the instant the pass committed. */
function recording(
  task: WorkerTask,
  clock: { last: number; now: () => number },
  commits: Map<number, number>,
): WorkerTask {
  return {
    ...task,
    run: async () => {
      const result = await task.run();
      commits.set(clock.last, clock.now());
      return result;
    },
  };
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** CPU per firing (load-independent) and what else the machine was doing (a shared box makes lag pessimistic). */
function cpuRows(cpu: CpuSplit, seconds: number, firings: number): TimerBenchRow[] {
  const perFiring = (pct: number) => `${(((pct / 100) * seconds * 1e6) / Math.max(1, firings)).toFixed(0)} µs`;
  return [
    {
      name: "CPU per firing: worker / PostgreSQL",
      value: `${perFiring(cpu.loadgen)} / ${perFiring(cpu.postgres)}`,
      aim: "",
    },
    {
      name: "CPU while firing: worker / PostgreSQL / other work on the machine",
      value: `${Math.round(cpu.loadgen)} / ${Math.round(cpu.postgres)} / ${Math.round(cpu.other)} % of a core`,
      aim: "",
    },
  ];
}

const fmt = (ms: number) => `${Math.round(ms).toLocaleString("en-US")} ms`;

/** Runs `workers` worker loops on the shifted clock until every window threshold fired; maps each pass to its commit. */
async function fireWindow(
  databases: Database[],
  url: string,
  shift: number,
  options: { clocks: number; windowMs: number; batch?: number },
) {
  const commits = new Map<number, number>();
  const running = databases.map((database) => {
    const clock = { last: 0, now: () => Date.now() + shift };
    const deps = depsFor(database, url, () => new Date((clock.last = clock.now())));
    const task = recording(slaTimersTask(deps, ...(options.batch ? [options.batch] : [])), clock, commits);
    return startWorker([task], { pollMs: 500, log: deps.log, now: clock.now });
  });
  const deadline = Date.now() + LEAD_MS + options.windowMs + 120_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1000));
    const [row] = await databases[0]!.rawTransaction((tx) =>
      tx.query<{ n: number }>(`select count(*)::int as n from sla_firings where key like '%${WINDOW_POINT}'`),
    );
    if (row!.n >= options.clocks) break;
  }
  await Promise.all(running.map((w) => w.stop()));
  const firings = await databases[0]!.rawTransaction((tx) =>
    tx.query<{ due: number; fired: number }>(
      `select (extract(epoch from due_at) * 1000)::float8 as due, (extract(epoch from fired_at) * 1000)::float8 as fired from sla_firings where key like '%${WINDOW_POINT}'`,
    ),
  );
  return { firings, commits };
}

function report(
  clocks: number,
  windowMs: number,
  firings: Array<{ due: number; fired: number }>,
  commits: Map<number, number>,
): TimerBenchRow[] {
  const lag = Float64Array.from(firings, (r) => r.fired - r.due).sort();
  const visible = Float64Array.from(firings, (r) => (commits.get(Math.round(r.fired)) ?? Number.NaN) - r.due).sort();
  let first = Infinity;
  let last = -Infinity;
  for (const r of firings) {
    first = Math.min(first, r.due);
    last = Math.max(last, r.fired);
  }
  const rate = (n: number, ms: number) =>
    ms > 0 ? Math.round((n / ms) * 1000).toLocaleString("en-US") : "all at once";
  return [
    { name: "running clocks", value: clocks.toLocaleString("en-US"), aim: "" },
    {
      name: `firings due in the ${windowMs / 1000} s window`,
      value: lag.length.toLocaleString("en-US"),
      aim: `= ${clocks.toLocaleString("en-US")}`,
      met: lag.length === clocks,
    },
    {
      name: "firings/s: falling due / fired",
      value: `${rate(clocks, windowMs)} / ${rate(firings.length, last - first)}`,
      aim: "",
    },
    { name: "lag p50 (fired_at − due_at)", value: fmt(percentile(lag, 0.5)), aim: "" },
    {
      name: "lag p99 (fired_at − due_at)",
      value: fmt(percentile(lag, 0.99)),
      aim: `< ${fmt(AIM_P99_MS)}`,
      met: percentile(lag, 0.99) < AIM_P99_MS,
    },
    { name: "lag max (fired_at − due_at)", value: fmt(percentile(lag, 1)), aim: "" },
    {
      name: "lag to commit p50 / p99 / max",
      value: `${fmt(percentile(visible, 0.5))} / ${fmt(percentile(visible, 0.99))} / ${fmt(percentile(visible, 1))}`,
      aim: "",
    },
  ];
}

/** Runs the timer lag benchmark on a scratch PostgreSQL database: count, p50, p99 and max lag, and CPU per firing. */
export async function benchSlaTimers(options: TimerBenchOptions = {}): Promise<{ rows: TimerBenchRow[] }> {
  const adminUrl = options.postgresUrl ?? DEFAULT_PG_URL;
  const clocks = options.clocks ?? 100_000;
  const windowMs = (options.windowSec ?? 20) * 1000;
  const workers = options.workers ?? 2;
  const log = options.log ?? ((line: string) => console.log(line));
  const name = `frontline_bench_timers_${process.pid}_${Date.now()}`;
  await withAdmin(adminUrl, (c) => c.query(`create database "${name}"`));
  const drop = deferCleanup(() =>
    withAdmin(adminUrl, (c) => c.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databases: Database[] = [];
  try {
    for (let k = 0; k < workers; k++)
      databases.push(await openDatabase({ engine: "postgres", url: url.toString(), poolSize: 4 }));
    await migrate(databases[0]!);
    await ensureSlaDefaults({ db: databases[0]!.db, clock: { now: () => new Date() } });
    // The tickets are dated on a nominal timeline; the workers' clock is shifted onto it when setup is done,
    // so the window opens LEAD_MS after the workers start however long setup took.
    const windowStart = Date.now() + 3_600_000;
    const setupStarted = performance.now();
    log(`[sla-timers] seeding ${clocks.toLocaleString("en-US")} running clocks`);
    await seed(databases[0]!, clocks, windowStart, windowMs);
    log(
      `[sla-timers] setup took ${fmt(performance.now() - setupStarted)}; ${workers} worker(s), ${windowMs / 1000} s window`,
    );
    const endCpu = measureCpu(undefined, name);
    const started = performance.now();
    const { firings, commits } = await fireWindow(databases, url.toString(), windowStart - LEAD_MS - Date.now(), {
      clocks,
      windowMs,
      ...(options.batch ? { batch: options.batch } : {}),
    });
    const cpu = endCpu();
    return {
      rows: [
        ...report(clocks, windowMs, firings, commits),
        ...(cpu ? cpuRows(cpu, (performance.now() - started) / 1000, firings.length) : []),
      ],
    };
  } finally {
    for (const database of databases) await database.close().catch(() => undefined);
    await drop();
  }
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  const { values } = parseArgs({
    options: {
      clocks: { type: "string" },
      window: { type: "string" },
      workers: { type: "string" },
      batch: { type: "string" },
      "pg-url": { type: "string" },
    },
  });
  const { rows } = await benchSlaTimers({
    ...(values.clocks ? { clocks: Number(values.clocks) } : {}),
    ...(values.window ? { windowSec: Number(values.window) } : {}),
    ...(values.workers ? { workers: Number(values.workers) } : {}),
    ...(values.batch ? { batch: Number(values.batch) } : {}),
    ...(values["pg-url"] ? { postgresUrl: values["pg-url"] } : {}),
  });
  console.log("| measure | value | aim | met |\n| --- | ---: | --- | :---: |");
  for (const row of rows)
    console.log(`| ${row.name} | ${row.value} | ${row.aim} | ${row.met === undefined ? "" : row.met ? "✓" : "✗"} |`);
  process.exit(0);
}
