import type { Deps } from "../../context.ts";
import type { TicketChange } from "./ticket-change.ts";
import type { Db } from "../../platform/db/database.ts";
import type { TicketEvent, TicketState } from "./events.ts";
import { appendEvents, appendFirstEvents, type AssignInGroup } from "./ticket.store.ts";
import { deferredWrites, ownerLaterWrites, type DeferredWrites } from "../../platform/db/deferred-writes.ts";

/**
 * Appends events and runs every registered reaction in the caller's transaction, so a ticket never
 * exists without its clocks and timers, and a failed reaction rolls the events back too.
 */
export async function recordEvents(
  deps: Deps,
  tx: Db,
  ticket: { id: string; number: number },
  before: TicketState,
  events: readonly TicketEvent[],
): Promise<TicketState> {
  const after = await appendEvents(tx, ticket, before, events);
  await react(deps, tx, { ticketId: ticket.id, number: ticket.number, before, after, events, later: laterFor(tx) });
  return after;
}

/** The same for a new ticket: its first events, and the readable number its row was given. */
export async function recordNewTicket(
  deps: Deps,
  tx: Db,
  id: string,
  events: readonly TicketEvent[],
  /** The assignee to draw from a group in the same statement (the created event then names none yet). */
  assign?: AssignInGroup,
): Promise<{ number: number; state: TicketState }> {
  const { number, state, events: written } = await appendFirstEvents(tx, id, events, assign);
  await react(deps, tx, {
    ticketId: id,
    number,
    before: undefined,
    after: state,
    events: written,
    later: laterFor(tx),
  });
  return { number, state };
}

/** The change's own deferred writes, or those of the joined transaction's owner (who sends them before it commits). */
function laterFor(tx: Db): DeferredWrites {
  return ownerLaterWrites(tx) ?? deferredWrites();
}

async function react(deps: Deps, tx: Db, change: TicketChange): Promise<void> {
  if (deps.reactions.length === 0) return;
  const owned = ownerLaterWrites(tx) === change.later;
  // Another change's writes queued in the owner's statement go first: two changes may write the same row (a parent's
  // search row), which two CTEs of one statement must never do.
  if (owned) await change.later.flush(tx);
  // Reactions that change other tickets do so through the same transaction (savepoints), never a new one.
  const inTx = { ...deps, db: tx };
  for (const reaction of deps.reactions) {
    const reads = reaction.readsLaterWrites;
    if (change.later.pending && (reads === undefined || (reads !== false && reads(change))))
      await change.later.flush(tx);
    await reaction(inTx, tx, change);
  }
  // The owner of a joined transaction sends what is left with its own writes, in one statement before its commit.
  if (!owned) await change.later.flush(tx);
}
