import type { Logger } from "pino";
import type { WorkerTask } from "./worker.ts";

/** One kind of row that outlives its use (expired sessions, old sign-in failures, expired idempotency keys). */
export type Sweep = { name: string; run(now: Date): Promise<number> };

/**
 * The worker task that deletes rows past their use, every `everyMs`. It runs in the worker role, never in a
 * web-only process; several workers may run it at once (each sweep is one idempotent DELETE).
 */
export function housekeepingTask(
  sweeps: readonly Sweep[],
  options: { everyMs: number; now: () => Date; log: Logger },
): WorkerTask {
  let nextAt = 0;
  return {
    name: "housekeeping",
    run: async () => {
      const now = options.now();
      if (now.getTime() < nextAt) return { more: false };
      nextAt = now.getTime() + options.everyMs;
      for (const sweep of sweeps) {
        const deleted = await sweep.run(now);
        if (deleted > 0) options.log.info({ sweep: sweep.name, deleted }, "housekeeping");
      }
      return { more: false };
    },
    nextWakeAt: async () => new Date(nextAt),
  };
}
