import type { Db } from "../platform/db/database.ts";
import { rebuildIndicatorFactsUnscoped } from "./indicator-facts.store.ts";
import { claimDirtyFactsUnscoped, clearDirtyFactsUnscoped } from "./indicator-facts-dirty.store.ts";

/** Tickets refolded per transaction: one load of their histories, one delete and one insert of their versions. */
export const REFRESH_BATCH = 500;

/**
 * Brings marked tickets' facts up to their events (docs/decisions/0011): per transaction, a batch of marks claimed
 * FOR UPDATE SKIP LOCKED (so processes never refold the same ticket at once), each ticket's versions refolded from
 * its whole history (idempotent: running it twice writes the same rows), the marks removed. Stops after `maxBatches`
 * or when nothing is left to claim; returns how many tickets it refolded and whether a full batch suggests more.
 */
export async function refreshIndicatorFacts(
  db: Db,
  options: { batch?: number; maxBatches?: number } = {},
): Promise<{ refreshed: number; more: boolean }> {
  const batch = options.batch ?? REFRESH_BATCH;
  const maxBatches = options.maxBatches ?? 1;
  let refreshed = 0;
  for (let i = 0; i < maxBatches; i++) {
    const n = await db.transaction(async (tx) => {
      const ids = await claimDirtyFactsUnscoped(tx, batch);
      await rebuildIndicatorFactsUnscoped(tx, ids);
      await clearDirtyFactsUnscoped(tx, ids);
      return ids.length;
    });
    refreshed += n;
    if (n < batch) return { refreshed, more: false };
  }
  return { refreshed, more: true };
}
