import type { TicketReaction } from "../../context.ts";
import type { TicketEvent } from "../ticket/events.ts";
import { refreshTicketSearchUnscoped } from "./ticket-search.store.ts";

/** The ticket fields a search document holds (besides the messages and the requester). */
const SEARCHED_FIELDS: ReadonlySet<string> = new Set(["subject", "description"]);

/** Whether an event changes what the ticket's search document holds. */
export function changesSearchDocument(event: TicketEvent): boolean {
  switch (event.type) {
    case "created":
    case "replied":
    case "noted":
    case "requester_linked":
      return true;
    case "changed":
      return event.data.changes.some((c) => SEARCHED_FIELDS.has(c.field));
    case "public_incident":
      return false;
  }
}

/**
 * Reaction: rewrites the ticket's search document in the transaction of the events that changed it, so search
 * finds a reply the moment it is committed and never a rolled-back one.
 */
export const indexTicketSearch: TicketReaction = async (_deps, tx, change) => {
  if (change.events.some(changesSearchDocument)) await refreshTicketSearchUnscoped(tx, [change.ticketId]);
};
