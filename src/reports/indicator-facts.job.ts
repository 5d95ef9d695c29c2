import type { Deps } from "../context.ts";
import type { WorkerTask } from "../platform/jobs/worker.ts";
import { refreshIndicatorFacts, REFRESH_BATCH } from "./refresh-indicator-facts.ts";

/**
 * Tickets a pass refolds on PGlite. The embedded database is one connection for the whole process, and its queries
 * run on the event loop's thread without I/O: a pass (its histories loaded, folded and written back in one
 * transaction) holds the thread until it commits, so no request is even read meanwhile. Small passes, with the worker
 * yielding to the event loop between them (platform/jobs/worker.ts), let requests in between (issue 12).
 */
export const PGLITE_REFRESH_BATCH = 25;

/** The worker task that refolds the indicator facts of tickets changed since (marked by their writes). */
export function indicatorFactsTask(deps: Pick<Deps, "db" | "engine">): WorkerTask {
  const batch = deps.engine === "pglite" ? PGLITE_REFRESH_BATCH : REFRESH_BATCH;
  return {
    name: "indicator-facts",
    run: async () => ({ more: (await refreshIndicatorFacts(deps.db, { batch })).more }),
  };
}
