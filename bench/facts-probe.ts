// Times GET /api/v1/reports/indicators' two ways of computing a period on a seeded database (DATABASE_URL or
// DATA_DIR): aggregated from the indicator facts, and folded from every history. Usage:
//   DATABASE_URL=… node bin/run-ts.js bench/facts-probe.ts [repeats]
import { sql } from "drizzle-orm";
import { loadConfig } from "../src/config/config.ts";
import { indicatorsFromFacts } from "../src/reports/fact-indicators.ts";
import { computeIndicators } from "../src/reports/indicators/indicators.ts";
import { loadIndicatorInput } from "../src/reports/indicators.store.ts";
import { openRuntime } from "../src/runtime.ts";
import { cpuUsage } from "node:process";
import os from "node:os";

const repeats = Number(process.argv[2] ?? 5);
const config = await loadConfig({ LOG_LEVEL: "warn", SEED_DEMO: "false" });
const runtime = await openRuntime(config, { migrate: true, logTo: "stderr" });
const db = runtime.deps.db;
const [{ last, n, v }] = (
  (await db.execute(sql`select max(created_at) as last, count(*)::int as n,
    (select count(*)::int from ticket_indicator_facts) as v from tickets`)) as unknown as {
    rows: Array<{ last: string; n: number; v: number }>;
  }
).rows as [{ last: string; n: number; v: number }];
const end = Date.parse(last);
console.log(
  `${n} tickets, ${v} fact versions, load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}`,
);
for (const days of [1, 7, 30, 91]) {
  const period = { from: end - days * 86_400_000, to: end };
  for (const [name, run] of [
    ["facts", () => indicatorsFromFacts(db, period, {}, null, end)],
    ["fold", async () => computeIndicators(await loadIndicatorInput(db, period, {}, null), period, end)],
  ] as const) {
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      const c0 = cpuUsage();
      await run();
      const c = cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    console.log(
      `${String(days).padStart(3)} d ${name.padEnd(5)} p50 ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms` +
        ` max ${times[times.length - 1]!.toFixed(0)} ms, node CPU p50 ${cpu[Math.floor(cpu.length / 2)]!.toFixed(0)} ms`,
    );
  }
}
await runtime.close();
