// Cleanup that must happen even when a benchmark fails or the run is interrupted:
// child servers, temp directories, scratch databases.
import type { ChildProcess } from "node:child_process";

const pending = new Set<() => Promise<void>>();
const children = new Set<ChildProcess>();

/** Registers an async cleanup; returns a function that runs it now (once) and unregisters it. */
export function deferCleanup(fn: () => Promise<void>): () => Promise<void> {
  let done = false;
  const run = async (): Promise<void> => {
    if (done) return;
    done = true;
    pending.delete(run);
    await fn();
  };
  pending.add(run);
  return run;
}

/** Runs every registered cleanup, newest first (servers stop before their database is dropped). */
export async function runPendingCleanups(): Promise<void> {
  for (const run of [...pending].reverse()) {
    await run().catch((error: unknown) => console.error(`cleanup failed: ${(error as Error).message}`));
  }
}

/** Tracks a child process so a hard exit still kills it. */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once("exit", () => children.delete(child));
}

// Last resort: whatever way this process ends, no child server outlives it.
process.on("exit", () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

/**
 * Registers stopping a child server: SIGTERM, then SIGKILL if it has not exited within 15 s (a --cpu-prof server
 * needs a moment to write its profile on the way out). Returns a function that stops it now.
 */
export function deferStop(child: ChildProcess): () => Promise<void> {
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return deferCleanup(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  });
}
