import type { TicketReaction } from "../context.ts";
import { markFactsDirtySql } from "./indicator-facts-dirty.store.ts";

/**
 * Reaction: marks the ticket's indicator facts as behind its events — an upsert queued with the change's other writes
 * (`change.later`, one statement for all), so a rolled-back change marks nothing and a committed one is never missed.
 * The facts worker (or a report catching up before it reads) refolds them off the write path (docs/decisions/0011).
 */
export const markIndicatorFactsDirty: TicketReaction = async (deps, tx, change) => {
  change.later.write(markFactsDirtySql(tx, [change.ticketId], deps.clock.now()));
};
// It reads nothing the queued writes change, so it does not make them be sent before it.
markIndicatorFactsDirty.readsLaterWrites = false;
