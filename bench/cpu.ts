// Where the machine's CPU went during a measured phase (Linux /proc; elsewhere nothing is reported):
// the server process, PostgreSQL's processes, the load generator (this process) and everything else
// (other work on a shared machine), each in % of one core (a 2-core machine has 200 %).
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

export type CpuSplit = { server: number; postgres: number; loadgen: number; other: number; idle: number };

type Snapshot = {
  atMs: number;
  busyTicks: number;
  idleTicks: number;
  server: number;
  postgres: number;
  loadgen: number;
};

const TICKS_PER_SEC = 100; // USER_HZ on every Linux build Node supports

function processTicks(pid: number | string): { ticks: number; comm: string; ppid: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = text.lastIndexOf(")");
    const comm = text.slice(text.indexOf("(") + 1, close);
    const fields = text.slice(close + 2).split(" ");
    // fields[0] is state (field 3); utime and stime are fields 14 and 15.
    return { ticks: Number(fields[11]) + Number(fields[12]), comm, ppid: Number(fields[1]) };
  } catch {
    return undefined;
  }
}

/** CPU of a process and every process under it (`frontline start --processes N` runs its workers as children). */
function treeTicks(root: number): number {
  const all = readdirSync("/proc").flatMap((name) => {
    if (!/^\d+$/.test(name)) return [];
    const p = processTicks(name);
    return p ? [{ pid: Number(name), ...p }] : [];
  });
  const inTree = new Set([root]);
  // Parents come before children in pid order almost always; repeat until nothing new joins.
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all)
      if (!inTree.has(p.pid) && inTree.has(p.ppid)) {
        inTree.add(p.pid);
        grew = true;
      }
  }
  return all.filter((p) => inTree.has(p.pid)).reduce((sum, p) => sum + p.ticks, 0);
}

/**
 * CPU of the PostgreSQL processes working for `database`: its client backends plus the shared
 * auxiliary processes (WAL writer, checkpointer…). Other databases' backends (someone else's tests
 * on the same server) count as "other".
 */
function postgresTicks(database: string | undefined): number {
  if (!database) return 0;
  let ticks = 0;
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const p = processTicks(name);
    if (!p || !p.comm.startsWith("postgres")) continue;
    let title = "";
    try {
      title = readFileSync(`/proc/${name}/cmdline`, "utf8").replaceAll("\0", " ").trim();
    } catch {
      continue;
    }
    // A client backend's title is "postgres: [CLUSTER: ]USER DATABASE HOST(PORT) STATE".
    const backend = /^postgres: (?:\S+: )?\S+ (\S+) \S+\(\d+\)/.exec(title);
    if (!backend || backend[1] === database) ticks += p.ticks;
  }
  return ticks;
}

function snapshot(serverPid: number | undefined, database: string | undefined): Snapshot | undefined {
  try {
    const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
    const busy = cpu.slice(0, 8).reduce((a, b) => a + b, 0) - idle;
    const usage = process.cpuUsage();
    return {
      atMs: performance.now(),
      busyTicks: busy,
      idleTicks: idle,
      server: serverPid ? treeTicks(serverPid) : 0,
      postgres: postgresTicks(database),
      loadgen: ((usage.user + usage.system) / 1e6) * TICKS_PER_SEC,
    };
  } catch {
    return undefined;
  }
}

/**
 * Starts measuring; the returned function ends the measurement and gives the split (undefined off Linux).
 * `database` names the PostgreSQL database whose backends count as "postgres".
 */
export function measureCpu(serverPid: number | undefined, database?: string): () => CpuSplit | undefined {
  const before = snapshot(serverPid, database);
  return () => {
    const after = snapshot(serverPid, database);
    if (!before || !after) return undefined;
    const seconds = (after.atMs - before.atMs) / 1000;
    const pct = (ticks: number) => Math.max(0, (ticks / TICKS_PER_SEC / seconds) * 100);
    const server = pct(after.server - before.server);
    const postgres = pct(after.postgres - before.postgres);
    const loadgen = pct(after.loadgen - before.loadgen);
    const busy = pct(after.busyTicks - before.busyTicks);
    return {
      server,
      postgres,
      loadgen,
      other: Math.max(0, busy - server - postgres - loadgen),
      idle: pct(after.idleTicks - before.idleTicks),
    };
  };
}

/** % of the whole machine busy over `ms` (0–100), or undefined off Linux. */
export async function machineBusy(ms = 1000): Promise<number | undefined> {
  const end = measureCpu(undefined);
  await new Promise((r) => setTimeout(r, ms));
  const split = end();
  if (!split) return undefined;
  const busy = split.server + split.postgres + split.loadgen + split.other;
  return Math.min(100, (busy / (busy + split.idle || 1)) * 100);
}

export const CORES = os.availableParallelism();
