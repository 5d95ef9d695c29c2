// Counts the statements GET /api/v1/reports/indicators?compare=true runs over the facts and the buffers they read
// (EXPLAIN ANALYZE BUFFERS of each), the one-statement reading (src/reports/indicator-figures.store.ts) against the
// statement-per-figure reading it replaced (test/support/indicator-figures-per-statement.ts), on a seeded PostgreSQL
// database (e.g. the one `npm run bench -- --only indicators --indicators-db NAME` keeps). Usage:
//   DATABASE_URL=postgres://…/NAME node bin/run-ts.js bench/indicator-statements-probe.ts [repeats]
import os from "node:os";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Db } from "../src/platform/db/database.ts";
import { indicatorPeriodsFromFacts } from "../src/reports/fact-indicators.ts";
import { previousPeriod, type Period } from "../src/reports/indicators/period.ts";
import { indicatorsPerStatement } from "../test/support/indicator-figures-per-statement.ts";

const repeats = Number(process.argv[2] ?? 5);
const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL names the seeded database");
const pool = new pg.Pool({ connectionString: url, options: "-c jit=off", max: 4 });
const seen: Array<{ text: string; params: unknown[] }> = [];
const db = drizzle(pool, { logger: { logQuery: (text, params) => seen.push({ text, params }) } }) as unknown as Db;

const { rows } = await pool.query<{ last: Date; n: number; v: number }>(
  `select max(created_at) as last, count(*)::int as n, (select count(*)::int from ticket_indicator_facts) as v from tickets`,
);
const end = rows[0]!.last.getTime();
console.log(`${rows[0]!.n} tickets, ${rows[0]!.v} fact versions, load ${os.loadavg()[0]!.toFixed(1)}`);

type Plan = { Plan: { "Shared Hit Blocks": number; "Shared Read Blocks": number }; "Execution Time": number };
async function buffers(statements: typeof seen): Promise<number> {
  let sum = 0;
  for (const s of statements) {
    const { rows: r } = await pool.query<{ "QUERY PLAN": Plan[] }>(
      `explain (analyze, buffers, format json) ${s.text}`,
      s.params,
    );
    const plan = r[0]!["QUERY PLAN"][0]!;
    sum += plan.Plan["Shared Hit Blocks"] + plan.Plan["Shared Read Blocks"];
  }
  return sum;
}

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const days of [1, 30, 91]) {
  const period: Period = { from: end - days * 86_400_000, to: end };
  const before = previousPeriod(period);
  for (const [name, run] of [
    [
      "per statement",
      () =>
        Promise.all([
          indicatorsPerStatement(db, period, {}, null, end),
          indicatorsPerStatement(db, before, {}, null, end),
        ]),
    ],
    ["one statement", () => indicatorPeriodsFromFacts(db, [period, before], {}, null, end)],
  ] as const) {
    seen.length = 0;
    await run();
    const statements = [...seen];
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
    console.log(
      `${String(days).padStart(3)} d + compare, ${name.padEnd(13)}: ${String(statements.length).padStart(2)} statements,` +
        ` ${String(await buffers(statements)).padStart(7)} buffers, p50 ${p50(times).toFixed(0)} ms (loaded)`,
    );
  }
}
await pool.end();
