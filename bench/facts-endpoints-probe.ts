// Times each report use case behind the dashboard's endpoints on a seeded database (DATABASE_URL or DATA_DIR), in
// process (no HTTP), for a day, week, month and quarter ending at the last whole day: which read the indicator
// facts and which still fold histories. Usage:
//   DATABASE_URL=… node bin/run-ts.js bench/facts-endpoints-probe.ts [repeats]
import os from "node:os";
import { sql } from "drizzle-orm";
import { SYSTEM_ACTOR } from "../src/identity/actor.ts";
import { loadConfig } from "../src/config/config.ts";
import { getIndicators } from "../src/reports/get-indicators.ts";
import { getReportTable } from "../src/reports/get-report-table.ts";
import { getTrend } from "../src/reports/get-trend.ts";
import { listFigureTickets } from "../src/reports/list-figure-tickets.ts";
import { listResolvedTickets } from "../src/reports/list-resolved-tickets.ts";
import { openRuntime } from "../src/runtime.ts";

const DAY = 86_400_000;
const repeats = Number(process.argv[2] ?? 3);
const config = await loadConfig({ LOG_LEVEL: "warn", SEED_DEMO: "false" });
const runtime = await openRuntime(config, { migrate: true, logTo: "stderr" });
const { deps } = runtime;
const [{ n, v }] = (
  (await deps.db.execute(sql`select count(*)::int as n,
    (select count(*)::int from ticket_indicator_facts) as v from tickets`)) as unknown as {
    rows: Array<{ n: number; v: number }>;
  }
).rows as [{ n: number; v: number }];
const end = Math.floor(Date.now() / DAY) * DAY;
console.log(
  `${n} tickets, ${v} fact versions, load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}`,
);
const a = SYSTEM_ACTOR;
for (const days of [1, 7, 30, 91]) {
  const q = { from: new Date(end - days * DAY), to: new Date(end) };
  const cases: Array<[string, () => Promise<unknown>]> = [
    ["indicators+compare (facts)", () => getIndicators(deps, a, { ...q, compare: true })],
    ["trend by day (facts)", () => getTrend(deps, a, { ...q, bucket: "day" })],
    ["table by_priority (facts)", () => getReportTable(deps, a, "by_priority", q)],
    ["resolved (folded)", () => listResolvedTickets(deps, a, q)],
    ["drill-down breached (folded)", () => listFigureTickets(deps, a, { ...q, figure: "resolution_breached" })],
  ];
  for (const [name, run] of cases) {
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
    times.sort((x, y) => x - y);
    console.log(
      `${String(days).padStart(3)} d ${name.padEnd(30)} p50 ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms max ${times[times.length - 1]!.toFixed(0)} ms`,
    );
  }
}
await runtime.close();
