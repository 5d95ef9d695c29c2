import { PRIORITIES, type Priority } from "../../shared/enums.ts";
import type { Clock } from "../../sla/clock/clocks.ts";
import type { Period } from "./period.ts";
import { rate } from "./stats.ts";
import { stoppedIn, type TicketFacts } from "./ticket-facts.ts";

export type PriorityCompliance = {
  response_met_rate: number | null;
  resolution_met_rate: number | null;
  /** Tickets with a response or resolution clock counted. */
  count: number;
  response_count: number;
  resolution_count: number;
};

export type BreachedTicket = {
  ticket_id: string;
  number: number;
  priority: Priority;
  clocks: Array<{ kind: "first_response" | "resolution"; breached_at: string }>;
};

export type SlaCompliance = {
  response_met_rate: number | null;
  resolution_met_rate: number | null;
  response_count: number;
  resolution_count: number;
  by_priority: Record<Priority, PriorityCompliance>;
  breached: BreachedTicket[];
};

const met = (clock: Clock) => clock.outcome !== "breached";

/**
 * SLA compliance: the share of response clocks and of resolution clocks that stopped in the period without
 * breaching their target (the target of the ticket's pinned policy version for its last priority), per priority,
 * with every ticket that breached one of them.
 */
export function slaCompliance(period: Period, tickets: readonly TicketFacts[]): SlaCompliance {
  const tally = () => ({ response: [] as Clock[], resolution: [] as Clock[], tickets: new Set<string>() });
  const all = tally();
  const byPriority = Object.fromEntries(PRIORITIES.map((p) => [p, tally()])) as Record<
    Priority,
    ReturnType<typeof tally>
  >;
  const breached: BreachedTicket[] = [];
  for (const t of tickets) {
    const counted = ([t.response, t.resolution] as const).filter((c): c is Clock => stoppedIn(period, t, c));
    if (counted.length === 0) continue;
    for (const clock of counted) {
      const kind = clock.kind === "first_response" ? "response" : "resolution";
      all[kind].push(clock);
      byPriority[t.priority][kind].push(clock);
      byPriority[t.priority].tickets.add(t.id);
    }
    const late = counted.filter((c) => !met(c));
    if (late.length > 0) {
      breached.push({
        ticket_id: t.id,
        number: t.number,
        priority: t.priority,
        clocks: late.map((c) => ({
          kind: c.kind as "first_response" | "resolution",
          breached_at: new Date(c.breachedAt!).toISOString(),
        })),
      });
    }
  }
  const share = (clocks: Clock[]) => rate(clocks.filter(met).length, clocks.length);
  return {
    response_met_rate: share(all.response),
    resolution_met_rate: share(all.resolution),
    response_count: all.response.length,
    resolution_count: all.resolution.length,
    by_priority: Object.fromEntries(
      PRIORITIES.map((p) => {
        const b = byPriority[p];
        const row: PriorityCompliance = {
          response_met_rate: share(b.response),
          resolution_met_rate: share(b.resolution),
          count: b.tickets.size,
          response_count: b.response.length,
          resolution_count: b.resolution.length,
        };
        return [p, row];
      }),
    ) as Record<Priority, PriorityCompliance>,
    breached: breached.sort((a, b) => a.number - b.number),
  };
}
