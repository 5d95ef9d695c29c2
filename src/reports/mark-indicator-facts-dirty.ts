import type { TicketReaction } from "../context.ts";
import { markFactsDirtyUnscoped } from "./indicator-facts-dirty.store.ts";

/**
 * Reaction: marks the ticket's indicator facts as behind its events — one upsert in the events' transaction, so a
 * rolled-back change marks nothing and a committed one is never missed. The facts worker (or a report catching up
 * before it reads) refolds them off the write path (docs/decisions/0011).
 */
export const markIndicatorFactsDirty: TicketReaction = async (deps, tx, change) => {
  await markFactsDirtyUnscoped(tx, [change.ticketId], deps.clock.now());
};
