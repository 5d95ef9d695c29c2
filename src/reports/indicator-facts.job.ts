import type { Deps } from "../context.ts";
import type { WorkerTask } from "../platform/jobs/worker.ts";
import { refreshIndicatorFacts } from "./refresh-indicator-facts.ts";

/** The worker task that refolds the indicator facts of tickets changed since (marked by their writes). */
export function indicatorFactsTask(deps: Pick<Deps, "db">): WorkerTask {
  return {
    name: "indicator-facts",
    run: async () => ({ more: (await refreshIndicatorFacts(deps.db)).more }),
  };
}
