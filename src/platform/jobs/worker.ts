import type { Logger } from "pino";

/** A unit of background work: `run` does one pass and says whether there may be more right away. */
export type WorkerTask = {
  name: string;
  run(): Promise<{ more: boolean }>;
  /** When the task next has work (null: unknown, poll again). Lets the loop sleep exactly until then. */
  nextWakeAt?(): Promise<Date | null>;
};

export type Worker = { stop(): Promise<void> };

/**
 * Runs tasks in a loop until stopped. All coordination is in the database (claims with SKIP LOCKED),
 * so any number of processes can run the same tasks; the loop only decides when to look again.
 */
export function startWorker(
  tasks: readonly WorkerTask[],
  options: { pollMs: number; log: Logger; now?: () => number },
): Worker {
  const now = options.now ?? (() => Date.now());
  let stopped = false;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopped) {
      let more = false;
      let nextAt = now() + options.pollMs;
      for (const task of tasks) {
        try {
          more = (await task.run()).more || more;
          const at = await task.nextWakeAt?.();
          if (at) nextAt = Math.min(nextAt, at.getTime());
        } catch (error) {
          options.log.error({ err: error, task: task.name }, "background task failed");
        }
      }
      if (stopped) continue;
      // More work waits: run again, but after one turn of the event loop. On PGlite every query resolves without
      // I/O (the database runs on this thread), so a loop of passes awaited back to back never lets the HTTP server
      // read a request until the backlog is gone: requests waited over 10 s at 50 connections (issue 12).
      if (more) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      const delay = Math.max(0, nextAt - now());
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();
  return {
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
