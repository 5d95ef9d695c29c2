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
};
