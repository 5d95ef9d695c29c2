// Throughput of business-time `add` on one core: Frontline's compiled calendar against
// moment-business-time + moment-timezone on the same workload (Asia/Karachi, Mon–Fri 09:00–18:00,
// 20 holidays, starts spread over 2026, durations up to three business days).
// Run: node bin/run-ts.js bench/sla-add.bench.ts
import path from "node:path";
import { pathToFileURL } from "node:url";
import { add, compileCalendar, elapsed } from "../src/sla/calendar/index.ts";
import type { WeeklyCalendar } from "../src/sla/calendar/index.ts";

export interface BenchRow {
  name: string;
  opsPerSec: number;
  usPerCall: number;
}

const TIMEZONE = "Asia/Karachi";
const HOURS: [string, string][] = [["09:00", "18:00"]];
const HOLIDAYS = [
  "2026-01-01",
  "2026-02-05",
  "2026-03-20",
  "2026-03-21",
  "2026-03-23",
  "2026-03-31",
  "2026-05-01",
  "2026-05-27",
  "2026-05-28",
  "2026-05-29",
  "2026-06-25",
  "2026-06-26",
  "2026-08-14",
  "2026-08-25",
  "2026-09-10",
  "2026-10-15",
  "2026-11-09",
  "2026-12-24",
  "2026-12-25",
  "2026-12-31",
];
const CALENDAR: WeeklyCalendar = {
  timezone: TIMEZONE,
  weekly: { mon: HOURS, tue: HOURS, wed: HOURS, thu: HOURS, fri: HOURS },
  holidays: HOLIDAYS,
};
const YEAR_START = Date.UTC(2026, 0, 1) - 5 * 3600_000;
const YEAR_MS = 365 * 86_400_000;
const MAX_MINUTES = 3 * 9 * 60;

/** Deterministic inputs (xorshift), so every run and both libraries see the same workload. */
function workload(count: number): { starts: Float64Array; minutes: Float64Array } {
  let seed = 0x9e3779b9;
  const next = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x1_0000_0000;
  };
  const starts = new Float64Array(count);
  const minutes = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    starts[k] = YEAR_START + Math.floor((next() * (YEAR_MS - 10 * 86_400_000)) / 60_000) * 60_000;
    minutes[k] = 1 + Math.floor(next() * MAX_MINUTES);
  }
  return { starts, minutes };
}

/** Calls fn(k) for k = 0… until `seconds` have passed (checking the clock every 1,000 calls). */
function measure(name: string, seconds: number, size: number, fn: (k: number) => number): BenchRow {
  let sink = 0;
  let calls = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    for (let j = 0; j < 1000; j++, calls++) sink += fn(calls % size);
  }
  const elapsedMs = performance.now() - started;
  if (sink === 42) console.error(""); // keep the results alive
  const opsPerSec = (calls / elapsedMs) * 1000;
  return { name, opsPerSec, usPerCall: 1e6 / opsPerSec };
}

function frontlineRows(): BenchRow[] {
  const compiled = compileCalendar(CALENDAR);
  const { starts, minutes } = workload(1 << 16);
  const durations = minutes.map((m) => m * 60_000);
  const ends = starts.map((s, k) => s + (durations[k] as number) * 2);
  // Warm up: compiles the years in use and lets the JIT settle, outside the measurement.
  for (let k = 0; k < starts.length; k++) add(compiled, starts[k] as number, durations[k] as number);
  return [
    measure("frontline add (compiled calendar)", 1, starts.length, (k) =>
      add(compiled, starts[k] as number, durations[k] as number),
    ),
    measure("frontline elapsed (compiled calendar)", 1, starts.length, (k) =>
      elapsed(compiled, starts[k] as number, ends[k] as number),
    ),
  ];
}

/** moment-business-time configured with the same hours and holidays; undefined when it is not installed. */
async function momentRow(): Promise<BenchRow | undefined> {
  // Variable specifiers: these are optional devDependencies without type declarations.
  const timezoneModule: string = "moment-timezone";
  const businessModule: string = "moment-business-time";
  let moment: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    moment = (await import(timezoneModule)).default;
    await import(businessModule);
  } catch {
    console.error("moment-business-time / moment-timezone not installed: skipping the comparison row");
    return undefined;
  }
  moment.updateLocale("en", {
    workinghours: {
      0: null,
      1: ["09:00:00", "18:00:00"],
      2: ["09:00:00", "18:00:00"],
      3: ["09:00:00", "18:00:00"],
      4: ["09:00:00", "18:00:00"],
      5: ["09:00:00", "18:00:00"],
      6: null,
    },
    holidays: HOLIDAYS,
  });
  const { starts, minutes } = workload(1 << 12);
  const run = (k: number): number => moment.tz(starts[k], TIMEZONE).addWorkingTime(minutes[k], "minutes").valueOf();
  for (let k = 0; k < 200; k++) run(k);
  return measure("moment-business-time + moment-timezone", 1, starts.length, run);
}

/** Measures add (and elapsed) throughput on one core, with moment-business-time for comparison. */
export async function benchSlaAdd(): Promise<{ rows: BenchRow[] }> {
  const rows = frontlineRows();
  const moment = await momentRow();
  if (moment !== undefined) rows.push(moment);
  return { rows };
}

function table(rows: readonly BenchRow[]): string {
  const lines = ["| benchmark | calls/s | µs/call |", "| --- | ---: | ---: |"];
  for (const row of rows)
    lines.push(
      `| ${row.name} | ${Math.round(row.opsPerSec).toLocaleString("en-US")} | ${row.usPerCall.toFixed(row.usPerCall < 10 ? 3 : 1)} |`,
    );
  return lines.join("\n");
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  const { rows } = await benchSlaAdd();
  console.log(
    `Business-time add, ${TIMEZONE} Mon–Fri 09:00–18:00, ${HOLIDAYS.length} holidays, node ${process.version}\n`,
  );
  console.log(table(rows));
}
