import type { TicketState } from "./events.ts";
import type { SlaGlance } from "./sla-glance.store.ts";

// The SLA reaction (sla/clock/track-sla.ts) computes a ticket's glance in the transaction that records its events;
// remembering it against the state that transaction returned lets the answer to the write be presented without
// reading back the row it just wrote. Weakly held: gone with the state object.
const written = new WeakMap<TicketState, SlaGlance | null>();

/** Remembers the glance written with `state` (null: the ticket runs no clocks). */
export function rememberSlaGlance(state: TicketState, glance: SlaGlance | null): void {
  written.set(
    state,
    glance && {
      responseDueAt: glance.responseDueAt,
      resolutionDueAt: glance.resolutionDueAt,
      breached: glance.breached,
    },
  );
}

/** The glance written with this very state object, null when it runs no clocks, undefined when unknown. */
export function writtenSlaGlance(state: TicketState): SlaGlance | null | undefined {
  return written.get(state);
}

/** Carries what was remembered for `from` over to a copy of it (a use case answering `{ id, number, ...state }`). */
export function carrySlaGlance<T extends TicketState>(from: TicketState, to: T): T {
  const glance = written.get(from);
  if (glance !== undefined) written.set(to, glance);
  return to;
}
