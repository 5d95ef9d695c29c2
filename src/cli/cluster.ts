import cluster, { type Worker } from "node:cluster";
import os from "node:os";
import type { Config } from "../config/config.ts";

/** How many processes `PROCESSES` asks for: a number, or `auto` = one per core the process may use. */
export function processCount(setting: string, cores = os.availableParallelism()): number {
  return setting === "auto" ? Math.max(1, cores) : Number(setting);
}

/**
 * Each process's share of `DATABASE_POOL_SIZE`, so N processes together hold about what one would (PostgreSQL's
 * connections are its scarce resource, and on a small machine its CPU is shared with ours); never fewer than 2,
 * so a request's transaction and the worker's claim loop do not wait on each other.
 */
export function poolShare(poolSize: number, processes: number): number {
  return Math.max(2, Math.ceil(poolSize / processes));
}

/** A message a cluster worker sends its primary once it serves (the banner, printed once). */
type Ready = { frontline: "ready"; banner: string };
const isReady = (m: unknown): m is Ready =>
  typeof m === "object" && m !== null && (m as { frontline?: unknown }).frontline === "ready";

/** In a cluster worker, tells the primary the banner instead of printing it N times; else prints it. */
export function announce(banner: string, print: (line: string) => void): void {
  if (cluster.isWorker && process.send) process.send({ frontline: "ready", banner } satisfies Ready);
  else print(banner);
}

/**
 * `frontline start --processes N` (N > 1): the primary forks N workers that each run `frontline start` with
 * their share of the pool, sharing the HTTP (and SMTP) listening sockets through node:cluster. The first worker
 * starts alone (it migrates and seeds); the others follow once it serves. Every role keeps its coordination in
 * the database (SKIP LOCKED claims, leases, advisory locks), so each worker may run every role. A worker that
 * dies is replaced; SIGINT/SIGTERM stop them all.
 */
export async function runCluster(config: Config, processes: number, print: (line: string) => void): Promise<void> {
  const env = { DATABASE_POOL_SIZE: String(poolShare(config.DATABASE_POOL_SIZE, processes)) };
  let stopping = false;
  const fork = (printBanner: boolean): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork(env);
      const onExit = (code: number | null) => reject(new Error(`a Frontline process exited (${code}) while starting`));
      worker.once("exit", onExit);
      worker.on("message", (m: unknown) => {
        if (!isReady(m)) return;
        worker.off("exit", onExit);
        resolve(worker);
        if (printBanner) print(m.banner);
      });
    });

  // The first one alone: it migrates and seeds an empty workspace (and says so), the others find it done.
  await fork(true);
  await Promise.all(Array.from({ length: processes - 1 }, () => fork(false)));
  print(`  Processes: ${processes} (node:cluster), each with up to ${env.DATABASE_POOL_SIZE} PostgreSQL connections`);

  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    // Replace a crashed process after a short pause, so a failure at start-up does not spin the CPU.
    console.error(`frontline: process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(() => {
      if (!stopping) fork(false).catch((error: Error) => console.error(`frontline: ${error.message}`));
    }, 1000);
  });

  const stop = () => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    let left = workers.length;
    if (left === 0) process.exit(0);
    for (const w of workers) {
      w.once("exit", () => {
        if (--left === 0) process.exit(0);
      });
      w.process.kill("SIGTERM");
    }
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** In a cluster worker, runs `stop` when the primary is gone (it held the listening sockets). */
export function stopWithPrimary(stop: () => void): void {
  if (cluster.isWorker) cluster.worker?.once("disconnect", stop);
}

/** Whether this is the process that forks the others (always, unless it is a cluster worker). */
export const isPrimary = (): boolean => cluster.isPrimary;
