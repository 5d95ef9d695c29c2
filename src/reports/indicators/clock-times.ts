import type { Period } from "./period.ts";
import { spread, type Spread } from "./stats.ts";
import { businessMinutes, stoppedIn, wallMinutes, type TicketFacts } from "./ticket-facts.ts";

/** Response or resolution time over the tickets whose clock stopped in the period. */
export type ClockTimes = { count: number; business_minutes: Spread; wall_minutes: Spread };

function times(
  period: Period,
  tickets: readonly TicketFacts[],
  pick: (t: TicketFacts) => TicketFacts["response"],
): ClockTimes {
  const clocks = tickets.flatMap((t) => {
    const clock = pick(t);
    return stoppedIn(period, t, clock) ? [clock] : [];
  });
  return {
    count: clocks.length,
    business_minutes: spread(clocks.map(businessMinutes)),
    wall_minutes: spread(clocks.map(wallMinutes)),
  };
}

/**
 * Response time: from opening to the first-response clock's stop (the first public agent reply, an agent opening
 * the ticket during a live contact, or resolution without a reply), on tickets whose clock stopped in the period.
 */
export function responseTime(period: Period, tickets: readonly TicketFacts[]): ClockTimes {
  return times(period, tickets, (t) => t.response);
}

/**
 * Resolution time: from opening to the resolution clock's last stop, on tickets resolved (or closed) in the period;
 * business time leaves out the calendar's closed hours and waiting on the customer, wall time leaves out nothing.
 */
export function resolutionTime(period: Period, tickets: readonly TicketFacts[]): ClockTimes {
  return times(period, tickets, (t) => t.resolution);
}
