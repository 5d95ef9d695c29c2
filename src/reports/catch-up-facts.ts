import type { Deps } from "../context.ts";
import type { Db } from "../platform/db/database.ts";
import { factsLagUnscoped } from "./indicator-facts-dirty.store.ts";
import { refreshIndicatorFacts } from "./refresh-indicator-facts.ts";

/** Tickets a report refolds itself before reading, at most: a few hundred refold in well under the 500 ms aim. */
export const CATCH_UP_TICKETS = 200;

/** How current the facts a report read are (docs/decisions/0011). */
export type FactsFreshness = {
  /** Every ticket change before this instant is in the figures (the oldest change still waiting, else now). */
  factsAsOf: string;
  /** Tickets whose latest changes are not in the figures yet (the facts worker is behind). */
  factsPending: number;
};

/**
 * Before a report reads the facts: refolds the tickets changed since the facts worker's last pass (a bounded batch,
 * on the primary; another process's claims are skipped, not waited for) and says how current the facts then are.
 * `factsDb` is where this request reads the facts: the primary when it has just refolded some (a read replica may
 * not have replayed them yet, and the figures would then say `factsPending: 0` without them), else `readDb`.
 */
export async function catchUpFacts(
  deps: Pick<Deps, "db" | "readDb" | "clock">,
  limit = CATCH_UP_TICKETS,
): Promise<{ freshness: FactsFreshness; factsDb: Db }> {
  const { refreshed } = await refreshIndicatorFacts(deps.db, { batch: limit, maxBatches: 1 });
  const { oldest, pending } = await factsLagUnscoped(deps.db);
  return {
    freshness: { factsAsOf: (oldest ?? deps.clock.now()).toISOString(), factsPending: pending },
    factsDb: refreshed > 0 ? deps.db : deps.readDb,
  };
}
