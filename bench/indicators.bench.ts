// The "indicators" section of `npm run bench`: every dashboard figure and report endpoint timed on a synthetic year
// of tickets (`frontline seed-synthetic`), PostgreSQL with 1,000,000 tickets and PGlite with 50,000 by default.
// The seeded database is kept between runs (a PostgreSQL database or a PGlite folder named after the ticket count),
// so only the first run pays for the seed; its duration is reported when it happens.
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { and, desc, eq, sql } from "drizzle-orm";
import pg from "pg";
import { buildApp } from "../src/app.ts";
import { loadConfig } from "../src/config/config.ts";
import { organizations, people, sessions } from "../src/identity/identity.tables.ts";
import { randomSecret, sha256 } from "../src/identity/secrets.ts";
import { SESSION_COOKIE } from "../src/identity/session.routes.ts";
import { TABLES, needs } from "../src/reports/report-tables.ts";
import { openRuntime } from "../src/runtime.ts";
import { tickets } from "../src/tickets/ticket.tables.ts";
import { withQuery, type Engine } from "./http-tickets.bench.ts";
import { BASE_TICKETS, multiplySyntheticYear } from "./seed-indicator-facts.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FRONTLINE = path.join(ROOT, "bin", "frontline.js");
const SYNTHETIC = "Written by frontline seed-synthetic.";
const DAY = 86_400_000;

/** The aim: every figure and report answers in under half a second (checked on the p95). */
export const INDICATORS_AIM_MS = 500;

/** The periods each endpoint is asked about, ending at the last whole day of the synthetic year. */
const PERIODS = [
  { name: "day", days: 1 },
  { name: "week", days: 7 },
  { name: "month", days: 30 },
  { name: "quarter", days: 91 },
] as const;

export type IndicatorRow = {
  engine: Engine;
  tickets: number;
  endpoint: string;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  failures: number;
};

export type IndicatorSeed = { engine: Engine; tickets: number; seconds: number | null; perSec: number | null };

export type IndicatorBenchOptions = {
  engines: Engine[];
  postgresUrl: string;
  /** Tickets per engine. */
  tickets: Record<Engine, number>;
  /** Requests per endpoint and period. */
  repeats: number;
  /** The PostgreSQL database to seed or reuse (default frontline_bench_indicators_<tickets>). */
  database?: string;
  log: (line: string) => void;
};

function dbUrl(adminUrl: string, name: string): string {
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

/** How many synthetic tickets a cached database holds (0 when it is missing or unreadable). */
async function syntheticCount(engine: Engine, target: string): Promise<number> {
  // Frontline keeps PGlite's files in DATA_DIR/pglite (platform/db/database.ts).
  const pglite = path.join(target, "pglite");
  if (engine === "pglite" && !existsSync(pglite)) return 0;
  const out = await new Promise<string>((resolve) =>
    execFile(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        // A tiny probe in a child: PGlite's folder is single-process, and the bench must not hold it open.
        engine === "postgres"
          ? `import pg from "pg"; const c = new pg.Client({ connectionString: ${JSON.stringify(target)} }); await c.connect(); ` +
            `const r = await c.query("select count(*)::int n from tickets where description = $1", [${JSON.stringify(SYNTHETIC)}]); console.log(r.rows[0].n); await c.end();`
          : `import { PGlite } from "@electric-sql/pglite"; const db = await PGlite.create(${JSON.stringify(pglite)}); ` +
            `const r = await db.query("select count(*)::int n from tickets where description = $1", [${JSON.stringify(SYNTHETIC)}]); console.log(r.rows[0].n); await db.close();`,
      ],
      { cwd: ROOT, timeout: 120_000 },
      (error, stdout) => resolve(error ? "0" : stdout.trim()),
    ),
  );
  return Number(out) || 0;
}

/**
 * Runs `frontline seed-synthetic` (the build, as people run it) and returns the seconds it reports for writing the
 * tickets: the process's start, migrations and the demo workspace are not the seed's speed.
 */
function seed(env: NodeJS.ProcessEnv, count: number, log: (line: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [FRONTLINE, "seed-synthetic", "--tickets", String(count), "--seed", "1"], {
      env: { ...env, LOG_LEVEL: "warn" },
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      log(`  ${chunk.toString("utf8").trim()}`);
    });
    child.on("exit", (code) => {
      const seconds = Number(/Wrote \d+ tickets in ([\d.]+) s/.exec(out)?.[1]);
      if (code === 0 && seconds > 0) resolve(seconds);
      else reject(new Error(`frontline seed-synthetic exited with ${code}: ${out.trim()}`));
    });
  });
}

/** The cached database for an engine and ticket count, seeded when it is missing or incomplete. */
async function cachedDatabase(
  engine: Engine,
  count: number,
  options: IndicatorBenchOptions,
): Promise<{ env: Record<string, string>; seed: IndicatorSeed }> {
  const name = options.database ?? `frontline_bench_indicators_${count}`;
  const target =
    engine === "postgres"
      ? dbUrl(options.postgresUrl, name)
      : path.join(os.tmpdir(), "frontline-bench-cache", `indicators-pglite-${count}`);
  const env = { DATABASE_URL: engine === "postgres" ? target : "", DATA_DIR: engine === "pglite" ? target : "" };
  const have = await syntheticCount(engine, target);
  if (have > 0 && have < count) {
    // A kept smaller year grows by more copies (seed-indicator-facts.ts keeps its copy numbers).
    options.log(`[indicators] ${engine}: growing the kept database to ${count.toLocaleString("en-US")} tickets`);
    const started = performance.now();
    await withQuery(engine, env.DATA_DIR, env.DATABASE_URL || undefined, (query) =>
      multiplySyntheticYear(query, count, SYNTHETIC, options.log),
    );
    const seconds = (performance.now() - started) / 1000;
    return { env, seed: { engine, tickets: count, seconds, perSec: count / seconds } };
  }
  if (have === count) {
    options.log(`[indicators] ${engine}: reusing the seeded database with ${count.toLocaleString("en-US")} tickets`);
    return { env, seed: { engine, tickets: count, seconds: null, perSec: null } };
  }
  if (engine === "postgres") {
    await withAdmin(options.postgresUrl, async (c) => {
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.query(`create database "${name}"`);
    });
  } else {
    await rm(target, { recursive: true, force: true });
    await mkdir(path.dirname(target), { recursive: true });
  }
  // A base year written the product's way, then multiplied in SQL (seed-indicator-facts.ts): a million tickets
  // through seed-synthetic would take most of an hour.
  const base = Math.min(count, BASE_TICKETS);
  options.log(
    `[indicators] ${engine}: seeding ${count.toLocaleString("en-US")} tickets, ${base.toLocaleString("en-US")} ` +
      `written by seed-synthetic and multiplied in SQL (kept for later runs)`,
  );
  const started = performance.now();
  await seed({ ...process.env, ...env }, base, options.log);
  await withQuery(engine, env.DATA_DIR, env.DATABASE_URL || undefined, (query) =>
    multiplySyntheticYear(query, count, SYNTHETIC, options.log),
  );
  const seconds = (performance.now() - started) / 1000;
  return { env, seed: { engine, tickets: count, seconds, perSec: count / seconds } };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** The endpoints a manager's dashboard and reports call for one period. */
function endpoints(from: string, to: string, organizationId: string): Array<{ name: string; url: string }> {
  const q = `from=${from}&to=${to}`;
  return [
    { name: "indicators (with the previous period)", url: `/api/v1/reports/indicators?${q}&compare=true` },
    { name: "trend by day", url: `/api/v1/reports/trend?${q}&bucket=day` },
    { name: "resolved tickets", url: `/api/v1/reports/resolved?${q}` },
    { name: "drill-down: resolution breached", url: `/api/v1/reports/tickets?${q}&figure=resolution_breached` },
    ...TABLES.map((t) => ({
      name: `table ${t}`,
      url:
        `/api/v1/reports/tables/${t}?${q}` +
        (needs(t) === "figure" ? "&figure=resolved" : needs(t) === "bucket" ? "&bucket=day" : ""),
    })),
    { name: "review pack (PDF)", url: `/api/v1/reports/review-pack?organization=${organizationId}&${q}` },
  ];
}

async function timeEngine(engine: Engine, options: IndicatorBenchOptions) {
  const count = options.tickets[engine];
  const { env, seed: seeded } = await cachedDatabase(engine, count, options);
  const config = await loadConfig({ ...env, LOG_LEVEL: "warn", SEED_DEMO: "false" });
  const runtime = await openRuntime(config, { migrate: true, logTo: "stderr" });
  const rows: IndicatorRow[] = [];
  try {
    const { db } = runtime.deps;
    const app = await buildApp(runtime.deps);
    const [admin] = await db.select({ id: people.id }).from(people).where(eq(people.role, "admin")).limit(1);
    const [busiest] = await db
      .select({ id: organizations.id })
      .from(organizations)
      .innerJoin(tickets, eq(tickets.organizationId, organizations.id))
      .where(and(eq(organizations.kind, "client"), eq(tickets.description, SYNTHETIC)))
      .groupBy(organizations.id)
      .orderBy(desc(sql`count(*)`))
      .limit(1);
    const [{ last }] = (await db.select({ last: sql<Date>`max(${tickets.createdAt})` }).from(tickets)) as [
      { last: Date },
    ];
    if (!admin || !busiest) throw new Error("the seeded database has no admin or no client organization");
    const token = randomSecret();
    const now = new Date();
    await db.insert(sessions).values({
      id: sha256(token),
      personId: admin.id,
      csrfToken: randomSecret(),
      createdAt: now,
      expiresAt: new Date(now.getTime() + 3_600_000),
    });
    const cookie = `${SESSION_COOKIE}=${token}`;
    const end = Math.floor(new Date(last).getTime() / DAY) * DAY;
    const samples = new Map<string, { ms: number[]; failures: number }>();
    // A process's first request pays once for what the reports load and compile (1.3 s on a 10k copy, where the
    // same request warm takes 20-30 ms): logged apart, so it does not stand as the p95 of whichever endpoint is first.
    const cold = performance.now();
    await app.inject({
      method: "GET",
      url: endpoints("2020-01-01", "2020-01-02", busiest.id)[0]!.url,
      headers: { cookie },
    });
    options.log(
      `[indicators] ${engine}: the process's first request (cold) took ${Math.round(performance.now() - cold)} ms`,
    );
    for (const period of PERIODS) {
      const from = new Date(end - period.days * DAY).toISOString().slice(0, 10);
      const to = new Date(end).toISOString().slice(0, 10);
      for (const e of endpoints(from, to, busiest.id)) {
        const entry = samples.get(e.name) ?? { ms: [], failures: 0 };
        samples.set(e.name, entry);
        for (let i = 0; i < options.repeats; i++) {
          const started = performance.now();
          const res = await app.inject({ method: "GET", url: e.url, headers: { cookie } });
          entry.ms.push(performance.now() - started);
          if (res.statusCode !== 200) {
            entry.failures += 1;
            options.log(`  ${e.url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
          }
        }
      }
      options.log(`[indicators] ${engine}: ${period.name} timed`);
    }
    await app.close();
    for (const [endpoint, { ms, failures }] of samples) {
      const sorted = [...ms].sort((a, b) => a - b);
      rows.push({
        engine,
        tickets: count,
        endpoint,
        samples: sorted.length,
        p50Ms: quantile(sorted, 0.5),
        p95Ms: quantile(sorted, 0.95),
        maxMs: sorted[sorted.length - 1]!,
        failures,
      });
    }
  } finally {
    await runtime.close();
  }
  return { rows, seed: seeded };
}

/** Times every figure and report on each engine's seeded year; seeds it first when there is no cached one. */
export async function benchIndicators(
  options: IndicatorBenchOptions,
): Promise<{ rows: IndicatorRow[]; seeds: IndicatorSeed[] }> {
  const rows: IndicatorRow[] = [];
  const seeds: IndicatorSeed[] = [];
  for (const engine of options.engines) {
    const result = await timeEngine(engine, options);
    rows.push(...result.rows);
    seeds.push(result.seed);
  }
  return { rows, seeds };
}

/** Periods as the section describes them. */
export const INDICATOR_PERIODS = PERIODS.map((p) => `${p.name} (${p.days} d)`).join(", ");
