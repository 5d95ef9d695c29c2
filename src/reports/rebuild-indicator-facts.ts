import type { Db } from "../platform/db/database.ts";
import { countTicketsUnscoped, rebuildIndicatorFactsUnscoped, ticketIdPageUnscoped } from "./indicator-facts.store.ts";

/** Tickets refolded per transaction by default: a few thousand events, a few seconds. */
export const REBUILD_BATCH = 500;

/**
 * Recomputes every ticket's indicator facts from its history (after a change to an indicator's definition, or once
 * when the facts table arrives), a batch of tickets per transaction, in id order; idempotent, so an interrupted
 * rebuild is simply run again. Reports progress after each batch; returns how many tickets it refolded.
 */
export async function rebuildIndicatorFacts(
  db: Db,
  options: { batch?: number; progress?: (done: number, total: number) => void } = {},
): Promise<number> {
  const batch = options.batch ?? REBUILD_BATCH;
  const total = await countTicketsUnscoped(db);
  let done = 0;
  let after: string | null = null;
  for (;;) {
    const ids = await ticketIdPageUnscoped(db, after, batch);
    if (ids.length === 0) break;
    await db.transaction((tx) => rebuildIndicatorFactsUnscoped(tx, ids));
    done += ids.length;
    after = ids[ids.length - 1]!;
    options.progress?.(done, Math.max(total, done));
  }
  return done;
}

/**
 * Whether the migrations just applied created the facts table or added columns every version must have (the list
 * columns, `…_indicator_list_facts.sql`): every ticket's facts are then folded from the histories.
 */
export const factsTableArrived = (applied: readonly string[]) =>
  applied.some((n) => /_indicator(_list)?_facts\.sql$/.test(n));
