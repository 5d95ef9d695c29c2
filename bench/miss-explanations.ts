// One line per missed aim of issue 12, written by the bench beside the ✗ (docs/benchmarks.md: "each missed aim
// carries ✗ and is explained by its profile"): what a request cost the machine in this run (the CPU split), what
// that allows on its cores, how long the line in front of the server was, and where the server's CPU went — from
// this run's profile when it ran with --cpu-prof, else from the committed probe below (dated, with its command).
import { CORES } from "./cpu.ts";
import type { HttpRow } from "./http-tickets.bench.ts";
import { describeShares, type CodeKind, type Shares } from "./profile-shares.ts";

type Probe = { measured: string; command: string; shares: Array<{ kind: CodeKind; share: number }> };

/**
 * The server's CPU by kind of code in a profiled run of each kind of request (shares of the busy samples of the
 * measured phase, `bench/profile-shares.ts`); rerun the command and replace the shares when the code moves.
 */
export const PROBES: Record<"postgres-list" | "postgres-write" | "pglite-list" | "pglite-write", Probe> = {
  "postgres-list": {
    measured: "2026-12-06, loaded machine",
    command:
      "npm run bench -- --only http --engine postgres --scenarios list,list-filtered --list-tickets '' --processes 1 --cpu-prof DIR --no-write",
    shares: [
      { kind: "socket writes (system calls)", share: 0.325 },
      { kind: "Node core and V8", share: 0.275 },
      { kind: "database client", share: 0.191 },
      { kind: "HTTP and JSON", share: 0.061 },
      { kind: "Frontline", share: 0.059 },
      { kind: "garbage collection", share: 0.042 },
      { kind: "zod", share: 0.031 },
    ],
  },
  "postgres-write": {
    measured: "2026-12-06, loaded machine",
    command:
      "npm run bench -- --only http --engine postgres --scenarios create --list-tickets '' --processes 1 --cpu-prof DIR --no-write",
    shares: [
      { kind: "socket writes (system calls)", share: 0.339 },
      { kind: "database client", share: 0.282 },
      { kind: "Node core and V8", share: 0.202 },
      { kind: "Frontline", share: 0.08 },
      { kind: "HTTP and JSON", share: 0.032 },
      { kind: "garbage collection", share: 0.031 },
    ],
  },
  "pglite-list": {
    measured: "2026-12-06, loaded machine",
    command:
      "npm run bench -- --only http --engine pglite --scenarios create,list,list-filtered --list-tickets '' --cpu-prof DIR --no-write",
    shares: [
      { kind: "PGlite (the database, in process)", share: 0.63 },
      { kind: "Node core and V8", share: 0.155 },
      { kind: "socket writes (system calls)", share: 0.053 },
      { kind: "Frontline", share: 0.05 },
      { kind: "HTTP and JSON", share: 0.039 },
      { kind: "database client", share: 0.033 },
    ],
  },
  "pglite-write": {
    measured: "2026-12-06, loaded machine",
    command:
      "npm run bench -- --only http --engine pglite --scenarios create,list,list-filtered --list-tickets '' --cpu-prof DIR --no-write",
    shares: [
      { kind: "PGlite (the database, in process)", share: 0.647 },
      { kind: "database client", share: 0.107 },
      { kind: "Node core and V8", share: 0.09 },
      { kind: "Frontline", share: 0.045 },
      { kind: "socket writes (system calls)", share: 0.043 },
      { kind: "garbage collection", share: 0.039 },
    ],
  },
};

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const n0 = (x: number) => Math.round(x).toLocaleString("en-US");

function probeOf(row: HttpRow): Probe {
  const kind = row.scenario.startsWith("list") || row.scenario === "view-counts" ? "list" : "write";
  return PROBES[`${row.engine}-${kind}`];
}

/**
 * Why `row` missed its aim, in one line: its cost per request and the rate the cores allow, the wait in line
 * (Little's law: connections ÷ answers a second is the mean time from asking to answer), the machine's other
 * work, and the server's CPU by kind of code (`profiled`: this run's profile of the row's phase, if any).
 */
export function explainMiss(row: HttpRow, profiled: Shares | undefined): string {
  const parts: string[] = [];
  if (row.cpu && row.reqPerSec > 0) {
    const server = (row.cpu.server * 10) / row.reqPerSec;
    const postgres = (row.cpu.postgres * 10) / row.reqPerSec;
    const cost =
      row.engine === "postgres"
        ? `${ms(server)} ms server + ${ms(postgres)} ms PostgreSQL CPU a request`
        : `${ms(server)} ms CPU a request in the one process (PGlite runs inside it, on one core)`;
    const cores = row.engine === "postgres" ? CORES : 1;
    parts.push(
      `${cost}: ${cores === 1 ? "one core allows" : `${cores} cores allow`} at most ${n0((cores * 1000) / (server + postgres))}/s`,
    );
    if (row.cpu.other >= 20) parts.push(`other work on the machine took ${n0(row.cpu.other)} % of a core meanwhile`);
  }
  if (row.reqPerSec > 0) {
    const turn = (row.connections / row.reqPerSec) * 1000;
    parts.push(
      `${row.connections} connections at ${n0(row.reqPerSec)}/s wait ${ms(turn)} ms in line on average (p99 ${ms(row.p99Ms)} ms, max ${n0(row.maxMs)} ms)`,
    );
  }
  if (row.non2xx > 0 || row.errors > 0)
    parts.push(`${n0(row.non2xx)} non-2xx and ${n0(row.errors)} socket errors or timeouts (notes below)`);
  const probe = probeOf(row);
  if (profiled) parts.push(`server CPU by code in this run's profile: ${describeShares(profiled.shares)}`);
  else if (probe.shares.length > 0)
    parts.push(
      `server CPU by code in the committed probe (${probe.measured}, \`${probe.command}\`): ${describeShares(probe.shares)}`,
    );
  return parts.join("; ");
}
