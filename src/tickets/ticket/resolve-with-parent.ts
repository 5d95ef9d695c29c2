import { SYSTEM_ACTOR } from "../../identity/actor.ts";
import { activeChildrenUnscoped } from "./ticket.store.ts";
import { updateTicket } from "./update-ticket.ts";
import type { TicketReaction } from "../../context.ts";

/**
 * Major incidents: resolving a parent (the outage) resolves every child it caused that is still open,
 * each with its own `changed` event naming the parent, in the same transaction. Closing works the same way.
 */
export const resolveWithParent: TicketReaction = async (deps, tx, change) => {
  const to = change.after.status;
  if ((to !== "resolved" && to !== "closed") || change.before?.status === to) return;
  for (const child of await activeChildrenUnscoped(tx, change.ticketId)) {
    // Children go through the lifecycle one step at a time: resolved first, closed only after.
    await updateTicket(deps, SYSTEM_ACTOR, child.id, {
      version: child.version,
      status: "resolved",
      reason: `resolved with parent #${change.number}`,
    });
  }
};
