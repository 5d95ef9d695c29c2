// Ticket create and list over HTTP with autocannon, against `frontline start` running as a child
// process (so the load generator never shares the server's event loop), on PGlite and on PostgreSQL.
// Run alone: node bin/run-ts.js bench/run.ts --only http
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";
import { deferCleanup, deferStop, trackChild } from "./cleanup.ts";
import { measureCpu, type CpuSplit } from "./cpu.ts";
import { explainLists, type ListPlan } from "./explain-lists.ts";
import { BASE_TICKETS, copyClosedTickets, type Query } from "./seed-list-tickets.ts";

export type Engine = "pglite" | "postgres";
export type Scenario = "create" | "reply" | "status" | "assign" | "list" | "list-filtered";
/**
 * Every row's kind: a Frontline scenario, the create at 4 connections (PostgreSQL) or 10 (PGlite's aim), the bare Node `http` + `pg` one-INSERT
 * reference (PostgreSQL only), or a list at a given size of the desk (`--list-tickets`): the console's views in turn,
 * and the views with their counts.
 */
export type RowKind = Scenario | "create-4" | "create-10" | "bare-insert" | "list-views" | "view-counts";
export const SCENARIOS: readonly Scenario[] = ["create", "reply", "status", "assign", "list", "list-filtered"];

export type HttpRow = {
  engine: Engine;
  scenario: RowKind;
  request: string;
  connections: number;
  /** Measured seconds (the warm-up is not counted). */
  durationSec: number;
  /** Responses received during the measurement. */
  responses: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** The longest wait for an answer (PGlite's aim: no request waits 10 s). */
  maxMs: number;
  non2xx: number;
  /** Socket errors and timeouts. */
  errors: number;
  /** Tickets in the database while a list ran (all of them, and those the bench agent may see). */
  tickets?: { total: number; visible: number };
  /** Where the CPU went during the measurement, % of one core. */
  cpu?: CpuSplit;
  /** The measured seconds on the monotonic clock (µs, as V8's CPU profiles stamp them), to read a profile's phase. */
  window: { fromUs: number; toUs: number };
};

export type HttpBenchOptions = {
  engines: readonly Engine[];
  scenarios: readonly Scenario[];
  durationSec: number;
  warmupSec: number;
  connections: number;
  /** Admin URL of the PostgreSQL that gets a scratch database; undefined skips PostgreSQL. */
  postgresUrl: string | undefined;
  /** When set, the server runs under `node --cpu-prof` and writes its profile here. */
  cpuProfDir?: string;
  /** Desk sizes (tickets) the lists are measured at, each in a database of its own (seed-list-tickets.ts). */
  listSizes?: readonly number[];
  /** Keep the sized databases (and PGlite data dirs) and reuse them on the next run: a 1,000,000 run repeats in minutes. */
  keepListDb?: boolean;
  /** `frontline start --processes` on PostgreSQL (PGlite always runs one): a number or `auto`. */
  processes: string;
  log: (line: string) => void;
};

/** `plans`: EXPLAIN ANALYZE of each list query run on PostgreSQL, after the measurements. */
export type HttpBenchResult = { rows: HttpRow[]; notes: string[]; plans: ListPlan[] };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FRONTLINE = path.join(ROOT, "bin", "frontline.js");
const AGENT_EMAIL = "agent@frontline.example";

/** Runs `frontline <args>` to completion and returns its stdout. */
function cli(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [FRONTLINE, ...args],
      // Seeding PGlite takes over two minutes on a busy 2-core machine; a hung command still ends.
      { env, cwd: ROOT, timeout: 600_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`frontline ${args.join(" ")} failed: ${stderr.trim() || error.message}`));
        else resolve(stdout);
      },
    );
    trackChild(child);
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type Server = { url: string; pid: number | undefined; stop(): Promise<void>; output(): string };

/** Starts `frontline start` as a child process and waits until /readyz answers. */
export async function startServer(env: NodeJS.ProcessEnv, nodeArgs: string[]): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...nodeArgs, FRONTLINE, "start"], {
    env: { ...env, PORT: String(port), HOST: "127.0.0.1", SMTP_LISTEN_PORT: "0" },
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  trackChild(child);
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    if (tail.length > 40) tail.splice(0, tail.length - 40);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const stop = deferStop(child);

  // PGlite under --cpu-prof on a busy 2-core machine can take minutes to migrate and open.
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`the server exited before it was ready:\n${tail.join("\n")}`);
    }
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server was not ready within 300 s:\n${tail.join("\n")}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, pid: child.pid, stop, output: () => tail.join("\n") };
}

/** Starts bench/bare-insert-server.ts on the scratch database and waits until it listens. */
async function startBareServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "bin", "run-ts.js"), path.join(ROOT, "bench", "bare-insert-server.ts")],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  trackChild(child);
  const stop = deferStop(child);
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the bare-insert server did not listen within 30 s: ${output}`)),
      30_000,
    );
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.includes("listening")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the bare-insert server exited (${code}): ${output}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid, stop, output: () => output };
}

/** The list requests measured (and explained). */
const loadPaths = {
  list: "/api/v1/tickets?limit=50",
  "list-filtered": "/api/v1/tickets?limit=50&status=open,new&sort=priority",
} as const;

const OPEN = "status=new,open,pending,on_hold";
/**
 * The console's queue, one view after another (src/tickets/views/list-views.ts FIXED_VIEWS, in the order it shows
 * them), and the common filters on all statuses: what agents page through all day.
 */
function viewPaths(groupId: string, organizationId: string): string[] {
  return [
    `/api/v1/tickets?limit=50&${OPEN}&assignee=me`,
    `/api/v1/tickets?limit=50&${OPEN}&groupId=mine&assignee=none`,
    `/api/v1/tickets?limit=50&${OPEN}&breachingWithinMinutes=60&sort=due&order=asc`,
    `/api/v1/tickets?limit=50&${OPEN}&sla=breached&sort=due&order=asc`,
    `/api/v1/tickets?limit=50&${OPEN}`,
    `/api/v1/tickets?limit=50&${OPEN}&priority=critical`,
    `/api/v1/tickets?limit=50&${OPEN}&priority=low`,
    `/api/v1/tickets?limit=50&${OPEN}&organizationId=${organizationId}`,
    `/api/v1/tickets?limit=50&priority=high`,
    `/api/v1/tickets?limit=50&groupId=${groupId}`,
    `/api/v1/tickets?limit=50&channel=whatsapp`,
    `/api/v1/tickets?limit=50&organizationId=${organizationId}&sort=updated`,
    `/api/v1/tickets?limit=50&status=closed&sort=number`,
  ];
}

/** A requester (a demo employee) and a category, taken from the demo tickets the agent sees. */
async function demoReferences(url: string, token: string): Promise<{ requesterId: string; categoryId: string | null }> {
  const response = await fetch(`${url}/api/v1/tickets?limit=50`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET /api/v1/tickets answered ${response.status}: ${await response.text()}`);
  const page = (await response.json()) as { items: Array<{ requesterId: string; categoryId: string | null }> };
  const ticket = page.items.find((t) => t.categoryId) ?? page.items[0];
  if (!ticket) throw new Error("the demo workspace shows the bench agent no ticket to take a requester from");
  return { requesterId: ticket.requesterId, categoryId: ticket.categoryId };
}

/** What an agent's public reply looks like. */
const REPLY_BODIES = [
  "Thanks for reporting this. I have reset your account's session tokens; please sign in again and tell me if it still asks.",
  "We are looking into it now. Could you send a photo of the error message and the asset tag on the device?",
].map((body) => JSON.stringify({ body }));

/** The replies path of up to `count` of the newest open tickets the agent sees, paging through the list. */
async function recentTicketPaths(url: string, token: string, count: number): Promise<string[]> {
  const paths: string[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
    const response = await fetch(`${url}/api/v1/tickets?limit=100&status=new,open,pending,on_hold${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`GET /api/v1/tickets answered ${response.status}: ${await response.text()}`);
    const page = (await response.json()) as { items: Array<{ id: string }>; nextCursor: string | null };
    paths.push(...page.items.map((t) => `/api/v1/tickets/${t.id}/replies`));
    cursor = page.nextCursor;
  } while (cursor && paths.length < count);
  return paths.slice(0, count);
}

/** A few realistic bodies (what a phone or email intake looks like), cycled by every connection. */
function createBodies(requesterId: string, categoryId: string | null): string[] {
  const shapes = [
    { subject: "Outlook keeps asking for my password", channel: "phone", impact: "person", urgency: "high" },
    {
      subject: "Shared printer on the 2nd floor shows offline",
      channel: "email",
      impact: "department",
      urgency: "medium",
    },
    {
      subject: "VPN drops every few minutes when working from home",
      channel: "chat",
      impact: "person",
      urgency: "medium",
    },
    {
      subject: "Cannot open the stock report workbook in Excel",
      channel: "whatsapp",
      impact: "person",
      urgency: "low",
    },
  ] as const;
  return shapes.map((s, k) =>
    JSON.stringify({
      subject: s.subject,
      description:
        `${s.subject}. Reported by the user at ${9 + k}:1${k} this morning; it started after the weekend. ` +
        "Restarting the laptop did not help. The user can be reached on the desk phone or by email until 18:00.",
      type: "incident",
      impact: s.impact,
      urgency: s.urgency,
      requesterId,
      ...(categoryId ? { categoryId } : {}),
      channel: s.channel,
      tags: ["bench"],
    }),
  );
}

/**
 * Status changes (open ⇄ pending, the commonest pair: waiting on the requester and back) or assignment (the
 * bench agent takes a ticket of its group, then gives it back to the queue) over up to `count` of the newest
 * open tickets of the agent's groups, each PATCH at the version the previous answer gave.
 */
async function changeLoad(url: string, token: string, scenario: "status" | "assign", count: number): Promise<Load> {
  const headers = { authorization: `Bearer ${token}` };
  const me = (await (await fetch(`${url}/api/v1/me`, { headers })).json()) as { id: string };
  const tickets: Array<HeldTicket & { groupId: string | null }> = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
    const response = await fetch(`${url}/api/v1/tickets?limit=100&status=new,open,pending${query}`, { headers });
    if (!response.ok) throw new Error(`GET /api/v1/tickets answered ${response.status}: ${await response.text()}`);
    const page = (await response.json()) as { items: typeof tickets; nextCursor: string | null };
    tickets.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && tickets.length < count * 2);
  // The agent may change (and take) only tickets of a group it belongs to, not those it merely follows: the
  // groups that assigned it tickets.
  const myGroups = new Set(tickets.filter((t) => t.assigneeId === me.id).map((t) => t.groupId));
  const lent = tickets
    .filter((t) => myGroups.has(t.groupId))
    .slice(0, count)
    .map(({ id, version, status, assigneeId }) => ({ id, version, status, assigneeId }));
  const change =
    scenario === "status"
      ? (t: HeldTicket) => ({ status: t.status === "pending" ? "open" : "pending" })
      : (t: HeldTicket) => ({ assigneeId: t.assigneeId === me.id ? null : me.id });
  return { method: "PATCH", path: "/api/v1/tickets/:id", changes: new TicketPool(lent, change) };
}

type Load = {
  method: "GET" | "POST" | "PATCH";
  path: string;
  bodies?: string[];
  /** Spreads the requests over several paths (one ticket each), taken in turn by all connections together. */
  paths?: () => string[];
  /** Changes at the version last read: each request takes a ticket no other connection holds (so no 409s). */
  changes?: TicketPool;
};

/** A ticket as a PATCH needs it: the version to send, and what it is now (to change it to something else). */
type HeldTicket = { id: string; version: number; status: string; assigneeId: string | null };

/**
 * Tickets lent to one request at a time: `take` builds the next PATCH body from the ticket's version, and the
 * answer gives the ticket back with its new version (a refused or lost answer drops it from the pool).
 */
class TicketPool {
  private readonly free: HeldTicket[];
  constructor(
    tickets: HeldTicket[],
    private readonly change: (t: HeldTicket) => Record<string, unknown>,
  ) {
    this.free = [...tickets];
  }
  take(): { ticket: HeldTicket; body: string } | undefined {
    const ticket = this.free.shift();
    return ticket ? { ticket, body: JSON.stringify({ version: ticket.version, ...this.change(ticket) }) } : undefined;
  }
  giveBack(status: number, body: string): void {
    if (status !== 200) return;
    const t = JSON.parse(body) as HeldTicket;
    this.free.push({ id: t.id, version: t.version, status: t.status, assigneeId: t.assigneeId });
  }
}

function fire(
  url: string,
  token: string,
  load: Load,
  connections: number,
  seconds: number,
): Promise<autocannon.Result> {
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  return autocannon({
    url: `${url}${load.path}`,
    connections,
    duration: seconds,
    timeout: 10,
    method: load.method,
    headers,
    ...(load.bodies ? { requests: requestsOf(load, headers) } : {}),
    // Reads over several paths (the queue's views): each connection walks them in turn.
    ...(!load.bodies && load.paths ? { requests: load.paths().map((p) => ({ method: load.method, path: p })) } : {}),
    ...(load.changes ? { requests: changeRequestsOf(load.changes, headers) } : {}),
  });
}

/** autocannon's request for changes: a free ticket's PATCH at its version; its answer returns the ticket. */
function changeRequestsOf(pool: TicketPool, headers: Record<string, string>): autocannon.Request[] {
  return [
    {
      method: "PATCH",
      headers,
      setupRequest: (request: autocannon.Request) => {
        const next = pool.take();
        // An empty pool (every ticket in flight) is a mistake of the bench's sizing, not a server failure.
        if (!next) throw new Error("bench: no free ticket to change; lend more tickets than connections");
        return { ...request, path: `/api/v1/tickets/${next.ticket.id}`, body: next.body };
      },
      onResponse: (status: number, body: string) => pool.giveBack(status, body),
    },
  ];
}

/** autocannon's request list: each body in turn, on the load's path or the next of its paths. */
function requestsOf(load: Load, headers: Record<string, string>): autocannon.Request[] {
  const paths = load.paths?.() ?? [load.path];
  let next = 0;
  return load.bodies!.map((body) => ({
    method: load.method,
    headers,
    body,
    setupRequest: (request: autocannon.Request) => ({ ...request, path: paths[next++ % paths.length]! }),
  }));
}

/**
 * Waits until the server has worked off what a finished autocannon run left in flight (its sockets
 * close, but queued requests still run): /readyz goes through the database queue, so three quick
 * answers in a row mean the backlog is gone. Gives up after 30 s.
 */
async function drain(url: string): Promise<void> {
  const until = Date.now() + 30_000;
  let quick = 0;
  while (quick < 3 && Date.now() < until) {
    const started = performance.now();
    await fetch(`${url}/readyz`).catch(() => undefined);
    quick = performance.now() - started < 100 ? quick + 1 : 0;
    await new Promise((r) => setTimeout(r, 100));
  }
}

function statusSummary(result: autocannon.Result): string {
  const codes = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, s]) => `${s.count ?? 0}× ${code}`);
  return codes.join(", ");
}

/** Counts every ticket and those the bench agent may see (its groups' and its own), from outside the server. */
async function countTickets(
  engine: Engine,
  dataDir: string,
  databaseUrl: string | undefined,
): Promise<{ total: number; visible: number }> {
  const sql = `select count(*)::int as total,
      (count(*) filter (where t.assignee_id = a.id or t.group_id in (select group_id from group_members where person_id = a.id)))::int as visible
    from tickets t, (select id from people where lower(email) = '${AGENT_EMAIL}') a`;
  if (engine === "postgres") {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ total: number; visible: number }>(sql);
      return rows[0]!;
    } finally {
      await client.end();
    }
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create({ dataDir: path.join(dataDir, "pglite") });
  try {
    const { rows } = await db.query<{ total: number; visible: number }>(sql);
    return rows[0]!;
  } finally {
    await db.close();
  }
}

function scratchUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Warm-up, drain, then the measured run of one load against one server, with the CPU split. */
async function measure(
  engine: Engine,
  scenario: RowKind,
  server: Server,
  token: string,
  load: Load,
  databaseName: string | undefined,
  options: HttpBenchOptions,
  notes: string[],
): Promise<HttpRow> {
  const { log, connections, durationSec, warmupSec } = options;
  log(
    `[${engine}] ${load.method} ${load.path}: ${warmupSec} s warm-up, ${durationSec} s measured, ${connections} connections`,
  );
  const warm = await fire(server.url, token, load, connections, warmupSec);
  if (warm.non2xx > 0) notes.push(`${engine} ${scenario} warm-up: ${warm.non2xx} non-2xx (${statusSummary(warm)})`);
  if (warm.timeouts > 0) notes.push(`${engine} ${scenario} warm-up: ${warm.timeouts} timeouts (no answer within 10 s)`);
  await drain(server.url);
  const endCpu = measureCpu(server.pid, databaseName);
  const fromUs = monotonicUs();
  const result = await fire(server.url, token, load, connections, durationSec);
  const toUs = monotonicUs();
  const cpu = endCpu();
  await drain(server.url);
  if (result.non2xx > 0 || result.errors > 0) {
    const codes = result.non2xx > 0 ? ` (${statusSummary(result)})` : "";
    notes.push(
      `${engine} ${scenario}: ${result.non2xx} non-2xx${codes}, ${result.errors} socket errors of which ${result.timeouts} timeouts (no answer within 10 s)`,
    );
  }
  return {
    engine,
    scenario,
    request: `${load.method} ${load.path}`,
    connections,
    durationSec: result.duration,
    responses: result.requests.total,
    reqPerSec: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    ...(cpu ? { cpu } : {}),
    window: { fromUs, toUs },
  };
}

/** Microseconds on CLOCK_MONOTONIC, the clock V8 stamps `--cpu-prof` samples with (every process reads the same). */
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

async function runEngine(engine: Engine, options: HttpBenchOptions): Promise<HttpBenchResult> {
  const { log } = options;
  const rows: HttpRow[] = [];
  const notes: string[] = [];
  const plans: ListPlan[] = [];
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `frontline-bench-${engine}-`));
  const removeDir = deferCleanup(() => rm(dataDir, { recursive: true, force: true }));
  let dropDatabase: (() => Promise<void>) | undefined;
  try {
    let databaseUrl: string | undefined;
    let databaseName: string | undefined;
    if (engine === "postgres") {
      const adminUrl = options.postgresUrl!;
      // BENCH_DB_PREFIX: a shared server where each person must name their scratch databases apart.
      const name = `${process.env.BENCH_DB_PREFIX ?? "frontline_bench"}_${process.pid}_${Date.now()}`;
      databaseName = name;
      await withAdmin(adminUrl, (c) => c.query(`create database "${name}"`));
      dropDatabase = deferCleanup(() =>
        withAdmin(adminUrl, (c) => c.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
      );
      databaseUrl = scratchUrl(adminUrl, name);
    }
    // Explicit values for everything that matters, so a developer's .env cannot change the run
    // (an empty DATABASE_URL means "unset": PGlite in DATA_DIR).
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl ?? "",
      SEED_DEMO: "true",
      LOG_LEVEL: "warn",
    };

    // PGlite's data dir is single-process: seed and issue the token before the server opens it.
    log(`[${engine}] seeding the demo workspace and issuing an API token`);
    await cli(["seed-demo"], env);
    const tokenOut = await cli(
      ["token", "create", "--email", AGENT_EMAIL, "--name", "bench", "--scopes", "tickets:read,tickets:write"],
      env,
    );
    const token = tokenOut.trim().split("\n").pop()!.trim();

    const nodeArgs = options.cpuProfDir ? ["--cpu-prof", "--cpu-prof-dir", options.cpuProfDir] : [];
    log(`[${engine}] starting the server${options.cpuProfDir ? ` (profile → ${options.cpuProfDir})` : ""}`);
    // Several processes share the HTTP port on PostgreSQL (node:cluster); PGlite is one process by design.
    const processes = engine === "postgres" ? options.processes : "1";
    const server = await startServer({ ...env, PROCESSES: processes }, nodeArgs);
    let createBodiesUsed: string[] = [];
    try {
      const { requesterId, categoryId } = await demoReferences(server.url, token);
      createBodiesUsed = createBodies(requesterId, categoryId);
      const loads: Record<Scenario, Load> = {
        create: { method: "POST", path: "/api/v1/tickets", bodies: createBodiesUsed },
        list: { method: "GET", path: loadPaths.list },
        "list-filtered": { method: "GET", path: loadPaths["list-filtered"] },
        reply: {
          method: "POST",
          path: "/api/v1/tickets/:id/replies",
          bodies: REPLY_BODIES,
          paths: () => replyPaths,
        },
        // Filled with the newest tickets just before they run (changeLoad).
        status: { method: "PATCH", path: "/api/v1/tickets/:id" },
        assign: { method: "PATCH", path: "/api/v1/tickets/:id" },
      };
      let replyPaths: string[] = [];
      for (const scenario of options.scenarios) {
        // Replies spread over the newest open tickets (up to 1,000, mostly the creates' own), so connections
        // rarely wait on the same ticket's lock.
        if (scenario === "reply") replyPaths = await recentTicketPaths(server.url, token, 1_000);
        if (scenario === "status" || scenario === "assign")
          loads[scenario] = await changeLoad(server.url, token, scenario, 1_000);
        rows.push(await measure(engine, scenario, server, token, loads[scenario], databaseName, options, notes));
        // Throughput must not fall as connections grow (issue 12): the same creates at 4 connections. PGlite's
        // aim is at 10 connections (≥ 300 creates/s); at 50 it is that no request waits 10 s.
        const fewer = engine === "postgres" ? 4 : 10;
        if (scenario === "create" && options.connections > fewer) {
          const kind = engine === "postgres" ? "create-4" : "create-10";
          const atFewer = { ...options, connections: fewer };
          rows.push(await measure(engine, kind, server, token, loads.create, databaseName, atFewer, notes));
        }
      }
      if (rows.some((r) => r.non2xx > 0)) notes.push(`${engine} server output (last lines):\n${server.output()}`);
    } finally {
      await server.stop();
    }
    const listPaths = options.scenarios.flatMap((s) => (s === "list" || s === "list-filtered" ? [loadPaths[s]] : []));
    if (engine === "postgres" && databaseUrl && listPaths.length > 0) {
      log(`[${engine}] EXPLAIN ANALYZE of the list queries`);
      plans.push(...(await explainLists(databaseUrl, token, listPaths)));
    }
    // The reference: the same bodies, connections and seconds against one INSERT per request (issue 12).
    if (engine === "postgres" && databaseUrl && options.scenarios.includes("create")) {
      log(`[${engine}] bare Node http + pg reference server (one INSERT per request)`);
      const bare = await startBareServer(databaseUrl);
      try {
        const load: Load = { method: "POST", path: "/", bodies: createBodiesUsed };
        rows.push(await measure(engine, "bare-insert", bare, token, load, databaseName, options, notes));
      } finally {
        await bare.stop();
      }
    }
    if (rows.some((r) => r.scenario.startsWith("list"))) {
      const tickets = await countTickets(engine, dataDir, databaseUrl);
      for (const row of rows) if (row.scenario.startsWith("list")) row.tickets = tickets;
    }
    return { rows, notes, plans };
  } finally {
    await dropDatabase?.();
    await removeDir();
  }
}

/** A group and a client organization the bench agent's tickets carry, for the views' filters. */
async function listReferences(url: string, token: string): Promise<{ groupId: string; organizationId: string }> {
  const response = await fetch(`${url}/api/v1/tickets?limit=50&assignee=me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`GET /api/v1/tickets answered ${response.status}: ${await response.text()}`);
  const page = (await response.json()) as { items: Array<{ groupId: string | null; organizationId: string }> };
  const ticket = page.items.find((t) => t.groupId);
  if (!ticket) throw new Error("the bench agent has no ticket in a group to take the views' filters from");
  return { groupId: ticket.groupId!, organizationId: ticket.organizationId };
}

/** Where a sized desk lives: a database (PostgreSQL) or a data dir (PGlite), kept between runs with keepListDb. */
type SizedDesk = { env: NodeJS.ProcessEnv; databaseUrl: string | undefined; databaseName: string | undefined };

/**
 * A desk of `size` tickets: the demo workspace, a synthetic year written the product's way, then its closed
 * tickets copied in SQL up to the size (seed-list-tickets.ts). A kept one is reused, grown if it is smaller.
 */
async function sizedDesk(
  engine: Engine,
  size: number,
  options: HttpBenchOptions,
  cleanups: Array<() => Promise<void>>,
): Promise<SizedDesk> {
  const keep = options.keepListDb === true;
  const suffix = keep ? String(size) : `${size}_${process.pid}_${Date.now()}`;
  const dataDir = path.join(os.tmpdir(), `frontline-bench-lists-${engine}-${suffix}`);
  let databaseUrl: string | undefined;
  let databaseName: string | undefined;
  let fresh: boolean;
  if (engine === "postgres") {
    const adminUrl = options.postgresUrl!;
    // BENCH_DB_PREFIX names these apart on a shared server too (and a kept one is found again under it).
    databaseName = `${process.env.BENCH_DB_PREFIX ?? "frontline_bench"}_lists_${suffix}`;
    const name = databaseName;
    databaseUrl = scratchUrl(adminUrl, name);
    fresh = await withAdmin(adminUrl, async (c) => {
      const { rowCount } = await c.query("select 1 from pg_database where datname = $1", [name]);
      if (rowCount) return false;
      await c.query(`create database "${name}"`);
      return true;
    });
    if (!keep)
      cleanups.push(
        deferCleanup(() =>
          withAdmin(adminUrl, (c) => c.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
        ),
      );
  } else {
    fresh = !existsSync(path.join(dataDir, "pglite"));
    await mkdir(dataDir, { recursive: true });
  }
  if (!keep) cleanups.push(deferCleanup(() => rm(dataDir, { recursive: true, force: true })));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl ?? "",
    SEED_DEMO: "true",
    LOG_LEVEL: "warn",
  };
  const started = performance.now();
  if (fresh) {
    options.log(`[${engine}] ${n(size)} tickets: the demo workspace and a synthetic year of ${n(BASE_TICKETS)}`);
    await cli(["seed-demo"], env);
    await cli(["seed-synthetic", "--tickets", String(Math.min(BASE_TICKETS, size)), "--seed", "12"], env);
  } else options.log(`[${engine}] ${n(size)} tickets: reusing ${databaseName ?? dataDir}`);
  await withQuery(engine, dataDir, databaseUrl, (query) =>
    copyClosedTickets(query, size, (line) => options.log(`[${engine}] ${line.trim()}`)),
  );
  options.log(`[${engine}] ${n(size)} tickets ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return { env, databaseUrl, databaseName };
}

const n = (value: number) => value.toLocaleString("en");

/** Runs `fn` with one connection to the desk's database from the bench process (PGlite: while no server holds it). */
export async function withQuery<T>(
  engine: Engine,
  dataDir: string,
  databaseUrl: string | undefined,
  fn: (query: Query) => Promise<T>,
): Promise<T> {
  if (engine === "postgres") {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return await fn((text, params) => client.query(text, params));
    } finally {
      await client.end();
    }
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create({ dataDir: path.join(dataDir, "pglite") });
  try {
    return await fn((text, params) => db.query<Record<string, unknown>>(text, params));
  } finally {
    await db.close();
  }
}

/**
 * The lists at each desk size (issue 12): the plain list, the filtered one, the console's views in turn and the
 * views with their counts, on PostgreSQL at `options.connections` and on PGlite at 10 connections (10,000 tickets
 * and fewer only: the embedded engine's aim), with the EXPLAIN ANALYZE of every list query on PostgreSQL.
 */
async function benchListSizes(engine: Engine, options: HttpBenchOptions): Promise<HttpBenchResult> {
  const rows: HttpRow[] = [];
  const notes: string[] = [];
  const plans: ListPlan[] = [];
  const sizes = (options.listSizes ?? []).filter((size) => engine === "postgres" || size <= 10_000);
  const measured = engine === "postgres" ? options : { ...options, connections: Math.min(options.connections, 10) };
  for (const size of sizes) {
    const cleanups: Array<() => Promise<void>> = [];
    try {
      const desk = await sizedDesk(engine, size, options, cleanups);
      const tokenOut = await cli(
        ["token", "create", "--email", AGENT_EMAIL, "--name", "bench", "--scopes", "tickets:read,tickets:write"],
        desk.env,
      );
      const token = tokenOut.trim().split("\n").pop()!.trim();
      const server = await startServer(
        desk.env,
        options.cpuProfDir ? ["--cpu-prof", "--cpu-prof-dir", options.cpuProfDir] : [],
      );
      let paths: string[] = [];
      const sizedRows: HttpRow[] = [];
      try {
        const { groupId, organizationId } = await listReferences(server.url, token);
        paths = viewPaths(groupId, organizationId);
        const loads: Array<[RowKind, Load]> = [
          ["list", { method: "GET", path: loadPaths.list }],
          ["list-filtered", { method: "GET", path: loadPaths["list-filtered"] }],
          ["list-views", { method: "GET", path: paths[0]!, paths: () => paths }],
          ["view-counts", { method: "GET", path: "/api/v1/views" }],
        ];
        for (const [kind, load] of loads)
          sizedRows.push(await measure(engine, kind, server, token, load, desk.databaseName, measured, notes));
        if (sizedRows.some((r) => r.non2xx > 0))
          notes.push(`${engine} server output (last lines):\n${server.output()}`);
      } finally {
        await server.stop();
      }
      const tickets = await countTickets(engine, desk.env.DATA_DIR!, desk.databaseUrl);
      for (const row of sizedRows) {
        row.tickets = tickets;
        if (row.scenario === "list-views") row.request = `GET the ${paths.length} queue views and filters in turn`;
      }
      rows.push(...sizedRows);
      if (engine === "postgres" && desk.databaseUrl) {
        options.log(`[${engine}] EXPLAIN ANALYZE of the list queries at ${n(size)} tickets`);
        const explained = await explainLists(desk.databaseUrl, token, [
          loadPaths.list,
          loadPaths["list-filtered"],
          ...paths,
        ]);
        plans.push(...explained.map((p) => ({ ...p, path: `${p.path} (${n(tickets.total)} tickets)` })));
      }
    } finally {
      for (const cleanup of cleanups.reverse()) await cleanup();
    }
  }
  return { rows, notes, plans };
}

/** Create, then list (plain and filtered) on each engine; PostgreSQL is skipped with a note when unreachable. */
export async function benchHttpTickets(options: HttpBenchOptions): Promise<HttpBenchResult> {
  const rows: HttpRow[] = [];
  const notes: string[] = [];
  const plans: ListPlan[] = [];
  for (const engine of options.engines) {
    if (engine === "postgres") {
      const reachable = options.postgresUrl
        ? await withAdmin(options.postgresUrl, async () => true).catch(() => false)
        : false;
      if (!reachable) {
        notes.push(
          `PostgreSQL skipped: ${options.postgresUrl ? `${redact(options.postgresUrl)} is not reachable` : "no --pg-url"}.`,
        );
        continue;
      }
    }
    const results = [
      ...(options.scenarios.length > 0 ? [await runEngine(engine, options)] : []),
      ...(options.listSizes?.length ? [await benchListSizes(engine, options)] : []),
    ];
    for (const result of results) {
      rows.push(...result.rows);
      notes.push(...result.notes);
      plans.push(...result.plans);
    }
  }
  return { rows, notes, plans };
}

/** A connection URL without its password, for notes. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(invalid URL)";
  }
}
