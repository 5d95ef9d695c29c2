import { CHANNELS, type Channel } from "../../shared/enums.ts";
import type { Period } from "./period.ts";
import type { TicketFacts } from "./ticket-facts.ts";
import type { TicketEvent } from "../../tickets/ticket/events.ts";

/** Ages of the open tickets at the period's end. */
export const AGE_BUCKETS = [
  { key: "under_1d", days: 1 },
  { key: "1_to_3d", days: 3 },
  { key: "3_to_7d", days: 7 },
  { key: "7_to_30d", days: 30 },
  { key: "over_30d", days: Infinity },
] as const;

type Counts = { created: number; resolved: number; backlog: number };

export type Volume = Counts & {
  /** Resolved tickets reopened within the period (their resolution undone). */
  reopened: number;
  ageing: Record<(typeof AGE_BUCKETS)[number]["key"], number>;
  by_channel: Record<Channel, Counts>;
};

const FINAL = new Set(["resolved", "closed"]);
const DAY = 86_400_000;

/**
 * Volume, backlog and ageing: tickets opened in the period, resolved in it (still resolved or closed at its end),
 * and open at its end (the backlog, by age) — all by channel.
 */
export function volume(period: Period, tickets: readonly TicketFacts[], now: number): Volume {
  const end = Math.min(period.to, now);
  const zero = (): Counts => ({ created: 0, resolved: 0, backlog: 0 });
  const ageing = { under_1d: 0, "1_to_3d": 0, "3_to_7d": 0, "7_to_30d": 0, over_30d: 0 };
  const out: Volume = { ...zero(), reopened: 0, ageing, by_channel: {} as Record<Channel, Counts> };
  for (const channel of CHANNELS) out.by_channel[channel] = zero();
  for (const t of tickets) {
    const row = out.by_channel[t.state.channel];
    const open = !FINAL.has(t.state.status);
    for (const [key, hit] of [
      ["created", t.createdInPeriod],
      ["resolved", t.resolvedInPeriod],
      ["backlog", open],
    ] as const) {
      if (!hit) continue;
      out[key] += 1;
      row[key] += 1;
    }
    if (open) {
      const age = (end - t.state.createdAt.getTime()) / DAY;
      out.ageing[AGE_BUCKETS.find((b) => age < b.days)!.key] += 1;
    }
    out.reopened += reopenings(t, period);
  }
  return out;
}

const reopenings = (t: TicketFacts, period: Period): number =>
  reopenInstants(t.events).filter((at) => at >= period.from).length;

/** The instant of every reopening in a history (a status change out of resolved or closed), one per change. */
export function reopenInstants(events: readonly TicketEvent[]): number[] {
  const out: number[] = [];
  for (const e of events) {
    if (e.type !== "changed") continue;
    for (const c of e.data.changes) {
      if (c.field === "status" && FINAL.has(c.from) && !FINAL.has(c.to)) out.push(e.at.getTime());
    }
  }
  return out;
}
