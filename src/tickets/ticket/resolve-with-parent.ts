import { SYSTEM_ACTOR } from "../../identity/actor.ts";
import { activeChildrenUnscoped } from "./ticket.store.ts";
import { updateTicket } from "./update-ticket.ts";
import type { TicketReaction } from "../../context.ts";
import type { TicketChange } from "./ticket-change.ts";

/** Whether this change resolves or closes the ticket (and so its active children). */
function closesChildren(change: TicketChange): boolean {
  const to = change.after.status;
  return (to === "resolved" || to === "closed") && change.before?.status !== to;
}

/**
 * Major incidents: resolving a parent (the outage) resolves every child it caused that is still open,
 * each with its own `changed` event naming the parent, in the same transaction. Closing works the same way.
 */
export const resolveWithParent: TicketReaction = async (deps, tx, change) => {
  if (!closesChildren(change)) return;
  for (const child of await activeChildrenUnscoped(tx, change.ticketId)) {
    // Children go through the lifecycle one step at a time: resolved first, closed only after.
    await updateTicket(deps, SYSTEM_ACTOR, child.id, {
      version: child.version,
      status: "resolved",
      reason: `resolved with parent #${change.number}`,
    });
  }
};
// The children's clocks follow this ticket's, written by the SLA reaction before them.
resolveWithParent.readsLaterWrites = closesChildren;
