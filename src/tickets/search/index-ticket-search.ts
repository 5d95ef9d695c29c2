import type { TicketReaction } from "../../context.ts";
import type { TicketEvent } from "../ticket/events.ts";
import {
  appendTicketSearchMessageUnscoped,
  refreshTicketSearchLater,
  refreshTicketSearchUnscoped,
  syncTicketSearchScopeLater,
} from "./ticket-search.store.ts";

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
    case "visit":
    case "remote_session":
    case "whatsapp_template":
      return false;
  }
}

/** Whether the event is a new message, which only adds to the end of the search documents (appended, not rebuilt). */
const isMessage = (event: TicketEvent) => event.type === "replied" || event.type === "noted";

/**
 * Reaction: updates the ticket's search document in the transaction of the events that changed it, so search finds a
 * reply the moment it is committed and never a rolled-back one. A reply or note appends its own text (the document
 * is its head followed by its messages in order, ticket-search.store.ts), so the conversation is not read and indexed
 * again on every message; a new ticket, a changed subject or description, or a new requester rewrites the whole row.
 * Any other change (an assignment, a group, a follower) updates the row's copy of the ticket's scope columns.
 */
export const indexTicketSearch: TicketReaction = async (_deps, tx, change) => {
  const changing = change.events.filter(changesSearchDocument);
  if (changing.length === 0 || changing.every(isMessage)) {
    // Who may see the ticket (assignee, group, followers, requester, organization) is copied into its search row,
    // sent with the change's other writes.
    syncTicketSearchScopeLater(change.later, change.ticketId);
    if (changing.length === 0) return;
    let appended = true;
    for (const event of changing)
      if (event.type === "replied" || event.type === "noted")
        appended &&= await appendTicketSearchMessageUnscoped(tx, change.ticketId, {
          body: event.data.body,
          public: event.type === "replied",
        });
    if (appended) return;
    // No row to append to (a ticket from before search): written now, beside the queued copy that found no row.
    return refreshTicketSearchUnscoped(tx, [change.ticketId]);
  }
  refreshTicketSearchLater(change.later, change.ticketId);
};
// It reads the ticket, its requester and events, and its own search row: nothing another reaction writes.
indexTicketSearch.readsLaterWrites = false;
