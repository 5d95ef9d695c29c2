import type { Deps } from "../../context.ts";
import type { TicketChange } from "./ticket-change.ts";
import type { Db } from "../../platform/db/database.ts";
import type { TicketEvent, TicketState } from "./events.ts";
import { appendEvents } from "./ticket.store.ts";

/**
 * Appends events and runs every registered reaction in the caller's transaction, so a ticket never
 * exists without its clocks and timers, and a failed reaction rolls the events back too.
 */
export async function recordEvents(
  deps: Deps,
  tx: Db,
  ticket: { id: string; number: number },
  before: TicketState | undefined,
  events: readonly TicketEvent[],
): Promise<TicketState> {
  const after = await appendEvents(tx, ticket, before, events);
  if (deps.reactions.length > 0) {
    const change: TicketChange = { ticketId: ticket.id, number: ticket.number, before, after, events };
    // Reactions that change other tickets do so through the same transaction (savepoints), never a new one.
    const inTx = { ...deps, db: tx };
    for (const react of deps.reactions) await react(inTx, tx, change);
  }
  return after;
}
