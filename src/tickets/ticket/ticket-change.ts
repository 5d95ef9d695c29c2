import type { DeferredWrites } from "../../platform/db/deferred-writes.ts";
import type { TicketEvent, TicketState } from "./events.ts";

// Its own file so that context.ts (which types the reactions) and record-events.ts (which runs them) need not
// import each other.

/** What reactions learn after events were appended: the ticket before and after, and the new events. */
export type TicketChange = {
  ticketId: string;
  number: number;
  before: TicketState | undefined;
  after: TicketState;
  events: readonly TicketEvent[];
  /**
   * Writes the reactions send together in one statement (one round trip instead of one each): before the first
   * reaction that may read them (`readsLaterWrites`), else when the last reaction is done.
   */
  later: DeferredWrites;
};
