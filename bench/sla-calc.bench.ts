// Throughput of `frontline sla calc`: 100,000 JSON lines streamed through runSlaCalc (the command's whole
// pipeline: parse, validate, compile the calendar, answer, batch the output), as a script feeding it would.
// Moved here from the unit tests, which check what it answers, not how fast.
// Run: node bin/run-ts.js bench/sla-calc.bench.ts
import path from "node:path";
import { PassThrough, Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import { runSlaCalc } from "../src/cli/sla-calc.ts";

export const SLA_CALC_LINES = 100_000;
/** The aim: 100,000 lines in under 5 seconds on one core. */
export const SLA_CALC_AIM_SEC = 5;

export type SlaCalcRow = { name: string; lines: number; seconds: number; linesPerSec: number };

const HOURS = [["09:00", "18:00"]];
const KARACHI = {
  timezone: "Asia/Karachi",
  weekly: { mon: HOURS, tue: HOURS, wed: HOURS, thu: HOURS, fri: HOURS },
  holidays: ["2026-12-25"],
};

const oneLine = (k: number): string =>
  `${JSON.stringify({ calendar: KARACHI, start: `2026-0${1 + (k % 9)}-1${k % 10}T0${k % 10}:${String(k % 60).padStart(2, "0")}:00+05:00`, add_minutes: (k % 5000) / 4 })}\n`;

/** Streams `lines` requests through `frontline sla calc` in 1,000-line chunks and times it to the last answer. */
export async function benchSlaCalc(lines = SLA_CALC_LINES): Promise<SlaCalcRow> {
  const chunks: string[] = [];
  for (let k = 0; k < lines; k += 1000)
    chunks.push(Array.from({ length: Math.min(1000, lines - k) }, (_, j) => oneLine(k + j)).join(""));
  const input = new PassThrough();
  let answered = 0;
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const byte of chunk) if (byte === 10) answered++;
      callback();
    },
  });
  const started = performance.now();
  const done = runSlaCalc(input, output);
  for (const chunk of chunks) if (!input.write(chunk)) await new Promise((resolve) => input.once("drain", resolve));
  input.end();
  const status = await done;
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0 || answered !== lines)
    throw new Error(`sla calc answered ${answered} of ${lines} lines (exit ${status})`);
  return {
    name: `frontline sla calc: ${lines.toLocaleString("en-US")} JSON lines in, one answer each out`,
    lines,
    seconds,
    linesPerSec: lines / seconds,
  };
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? "")).href) {
  const row = await benchSlaCalc();
  console.log(
    `${row.name}: ${row.seconds.toFixed(2)} s (${Math.round(row.linesPerSec).toLocaleString("en-US")} lines/s), aim < ${SLA_CALC_AIM_SEC} s`,
  );
}
