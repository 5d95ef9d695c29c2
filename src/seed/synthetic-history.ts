import type { Channel, Impact, Priority, Urgency } from "../shared/enums.ts";
import type { FieldChange, TicketEvent, TicketFields } from "../tickets/ticket/events.ts";

/** A small, fast, seedable generator (mulberry32): the same seed gives the same history on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The people and groups a synthetic history is written for (sorted, so picks are reproducible). */
export type SyntheticCast = {
  requesters: ReadonlyArray<{ id: string; organizationId: string }>;
  agents: readonly string[];
  firstLine: readonly string[];
  secondLine: readonly string[];
};

export type SyntheticTicket = {
  id: string;
  events: TicketEvent[];
  escalation: { at: Date; fromGroupId: string; toGroupId: string; actorId: string } | null;
  rating: { personId: string; score: number; comment: string; at: Date } | null;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Channels and priorities weighted as a service desk sees them: mostly mail and portal, few critical tickets.
const CHANNEL_WEIGHTS: Array<[Channel, number]> = [
  ["email", 35],
  ["portal", 30],
  ["phone", 15],
  ["chat", 8],
  ["whatsapp", 5],
  ["onsite", 3],
  ["remote", 2],
  ["api", 2],
];
const PRIORITY_OF: Array<[{ impact: Impact; urgency: Urgency; priority: Priority }, number]> = [
  [{ impact: "organization", urgency: "high", priority: "critical" }, 3],
  [{ impact: "department", urgency: "high", priority: "high" }, 15],
  [{ impact: "department", urgency: "medium", priority: "medium" }, 47],
  [{ impact: "person", urgency: "low", priority: "low" }, 35],
];
const SUBJECTS = [
  "Printer on floor 2 offline",
  "VPN drops every few minutes",
  "Password reset for the payroll system",
  "New starter needs a laptop",
  "Outlook does not sync the calendar",
  "Shared drive is read-only",
  "Teams calls have no audio",
  "Request access to the finance share",
];
const COMMENTS = ["", "", "Quick, thank you", "Took too long", "Solved on the first call", "Had to ask twice"];

/**
 * A year of a service desk's tickets as the product writes them: opened on a channel, picked up and answered,
 * sometimes left waiting on the customer, escalated to second line, resolved, reopened, closed, rated. Events at
 * or after `now` are never written. Pure: the same seed, cast and instants give the same history.
 */
export function syntheticHistory(count: number, seed: number, cast: SyntheticCast, now: number): SyntheticTicket[] {
  return [...syntheticTickets(count, seed, cast, now)];
}

/**
 * The same history one ticket at a time, in order, so a million tickets are written without holding them all
 * (a year of a large desk is gigabytes of event objects).
 */
export function* syntheticTickets(
  count: number,
  seed: number,
  cast: SyntheticCast,
  now: number,
): Generator<SyntheticTicket> {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const weighted = <T>(list: Array<[T, number]>): T => {
    let r = rnd() * list.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of list) if ((r -= w) < 0) return v;
    return list[list.length - 1]![0];
  };
  // Minutes skewed towards short waits with a long tail (most answers come quickly, some take days).
  const skewed = (median: number) => Math.max(1, Math.round(median * Math.exp((rnd() - 0.5) * 3))) * MINUTE;
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16));
    hex[12] = "4";
    hex[16] = ((parseInt(hex[16]!, 16) & 3) | 8).toString(16);
    const h = hex.join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  const start = now - 365 * DAY;
  for (let i = 0; i < count; i++) {
    const opened = start + Math.floor(((i + rnd()) / count) * (365 * DAY - DAY));
    const requester = pick(cast.requesters);
    const agent = pick(cast.agents);
    const channel = weighted(CHANNEL_WEIGHTS);
    const { impact, urgency, priority } = weighted(PRIORITY_OF);
    let fields: TicketFields = {
      subject: pick(SUBJECTS),
      description: "Written by frontline seed-synthetic.",
      type: rnd() < 0.7 ? "incident" : "service_request",
      categoryId: null,
      impact,
      urgency,
      priority,
      priorityOverride: null,
      status: "new",
      requesterId: requester.id,
      organizationId: requester.organizationId,
      groupId: pick(cast.firstLine),
      assigneeId: null,
      channel,
      tags: [],
      parentId: null,
    };
    // A live contact is opened by the agent talking to the requester.
    const live = channel === "phone" || channel === "onsite" || channel === "remote";
    const events: TicketEvent[] = [
      {
        type: "created",
        at: new Date(opened),
        actorId: live ? agent : requester.id,
        data: { fields, fromStaff: live },
      },
    ];
    let t = opened;
    const change = (at: number, by: string | null, patch: Partial<TicketFields>, reason: string | null = null) => {
      const changes = Object.entries(patch).map(([field, to]) => ({
        field,
        from: fields[field as keyof TicketFields],
        to,
      })) as FieldChange[];
      events.push({ type: "changed", at: new Date(at), actorId: by, data: { changes, reason } });
      fields = { ...fields, ...patch };
    };
    const reply = (at: number, by: string, fromStaff: boolean) =>
      events.push({
        type: "replied",
        at: new Date(at),
        actorId: by,
        data: { body: fromStaff ? "We are on it." : "Any news?", channel, attachmentIds: [], fromStaff },
      });
    change((t += live ? MINUTE : skewed(20)), agent, { assigneeId: agent, status: "open" });
    reply((t += skewed(priority === "critical" ? 5 : 45)), agent, true);
    if (rnd() < 0.3) {
      change((t += skewed(60)), agent, { status: "pending" });
      reply((t += skewed(8 * 60)), requester.id, false);
      change((t += MINUTE), requester.id, { status: "open" });
    }
    let escalation: SyntheticTicket["escalation"] = null;
    if (rnd() < 0.12) {
      const toGroupId = pick(cast.secondLine);
      escalation = { at: new Date((t += skewed(120))), fromGroupId: fields.groupId!, toGroupId, actorId: agent };
      change(t, agent, { groupId: toGroupId, assigneeId: null }, "Needs second line");
      change((t += skewed(60)), agent, { assigneeId: agent });
    }
    let rating: SyntheticTicket["rating"] = null;
    if (rnd() < 0.92) {
      change((t += skewed(priority === "critical" ? 60 : 6 * 60)), agent, { status: "resolved" });
      if (rnd() < 0.08) {
        change((t += skewed(24 * 60)), requester.id, { status: "open" });
        change((t += skewed(4 * 60)), agent, { status: "resolved" });
      }
      if (rnd() < 0.4) {
        const score = weighted([
          [5, 45],
          [4, 30],
          [3, 12],
          [2, 8],
          [1, 5],
        ]);
        rating = { personId: requester.id, score, comment: pick(COMMENTS), at: new Date(t + skewed(60)) };
      }
      change((t += 3 * DAY), null, { status: "closed" });
    }
    const kept = events.filter((e) => e.at.getTime() < now);
    yield {
      id: uuid(),
      events: kept,
      escalation: escalation && escalation.at.getTime() < now ? escalation : null,
      rating: rating && rating.at.getTime() < now && kept.some((e) => isResolvedAt(e)) ? rating : null,
    };
  }
}

const isResolvedAt = (e: TicketEvent) =>
  e.type === "changed" && e.data.changes.some((c) => c.field === "status" && c.to === "resolved");
