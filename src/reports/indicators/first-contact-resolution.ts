import type { Status } from "../../shared/enums.ts";
import type { TicketEvent } from "../../tickets/ticket/events.ts";
import { isEscalation, type EscalationFact } from "./escalations.ts";
import { rate } from "./stats.ts";
import type { TicketFacts } from "./ticket-facts.ts";

/** Tags that mark a ticket closed as a duplicate or as spam: left out of the rate altogether. */
export const FCR_EXCLUDED_TAGS = ["duplicate", "spam", "merged"] as const;

export type FirstContactResolution = {
  rate: number | null;
  /** Tickets resolved in the period that the rule judges (the denominator). */
  resolved: number;
  first_contact: number;
  /** Resolved in the period but left out: duplicates, spam, merged or linked to a parent ticket. */
  excluded: number;
  /** The tickets counted as first-contact resolved, by number. */
  tickets: number[];
};

// An agent opening the ticket while talking to the requester (clocks.ts treats it as the first response).
const LIVE = new Set(["phone", "onsite", "remote"]);
const FINAL = new Set<Status>(["resolved", "closed"]);

type Walk = { firstHandler: string | null; resolver: string | null; interactions: number; reopened: boolean };

/** Reads the rule's facts off one history (docs/decisions/0006-first-contact-resolution.md). */
function walk(events: readonly TicketEvent[]): Walk {
  const created = events[0]!;
  if (created.type !== "created") throw new Error("a history starts with created");
  const { fields } = created.data;
  const live = created.data.fromStaff && LIVE.has(fields.channel);
  const w: Walk = { firstHandler: null, resolver: null, interactions: live ? 1 : 0, reopened: false };
  let assignee = fields.assigneeId;
  let requester = fields.requesterId;
  w.firstHandler = live ? (created.data.recordedBy ?? created.actorId) : assignee;
  const handled = (person: string | null) => {
    if (!w.firstHandler && person) w.firstHandler = person;
  };
  for (const e of events.slice(1)) {
    if (e.type === "requester_linked") requester = e.data.to.requesterId;
    // The requester acting on their own ticket (replying, reopening it) is not handling it; null is the system.
    const staff = e.actorId !== null && e.actorId !== requester;
    if (e.type === "replied" && e.data.fromStaff && !e.data.automatic) {
      w.interactions += 1;
      handled(e.actorId);
    }
    if (e.type !== "changed") continue;
    for (const c of e.data.changes) {
      if (c.field === "assigneeId") {
        assignee = c.to;
        handled(c.to);
      }
      if (c.field !== "status") continue;
      if (FINAL.has(c.from) && !FINAL.has(c.to)) w.reopened = true;
      if (staff) handled(e.actorId);
      // The resolution is the move into resolved (or straight into closed); closing a resolved ticket is not.
      if (c.to === "resolved" || (c.to === "closed" && !FINAL.has(c.from))) w.resolver = staff ? e.actorId : assignee;
    }
  }
  return w;
}

/**
 * The rule applied to one ticket as it stands, escalations aside (they are records of their own): left out of the
 * rate (linked, or tagged duplicate, spam or merged), or whether it was resolved by the first agent who handled it
 * with at most one agent interaction and never reopened.
 */
export function judgeFirstContact(t: TicketFacts): { excluded: boolean; firstContact: boolean } {
  if (t.linked || t.state.tags.some((tag) => (FCR_EXCLUDED_TAGS as readonly string[]).includes(tag.toLowerCase()))) {
    return { excluded: true, firstContact: false };
  }
  const w = walk(t.events);
  return {
    excluded: false,
    firstContact: w.resolver !== null && w.resolver === w.firstHandler && w.interactions <= 1 && !w.reopened,
  };
}

/**
 * First-contact resolution: of the tickets resolved in the period (duplicates, spam, merged and linked tickets
 * left out), the share resolved by the first agent who handled them, with at most one agent interaction with the
 * requester (a call resolved on the call, or one public reply), never reopened and never escalated.
 */
export function firstContactResolution(
  tickets: readonly TicketFacts[],
  escalations: readonly EscalationFact[],
): FirstContactResolution {
  const escalatedAt = new Map<string, number>();
  for (const e of escalations.filter(isEscalation)) {
    escalatedAt.set(e.ticketId, Math.min(escalatedAt.get(e.ticketId) ?? Infinity, e.at.getTime()));
  }
  let resolved = 0;
  let excluded = 0;
  const first: number[] = [];
  for (const t of tickets) {
    if (!t.resolvedInPeriod) continue;
    const judged = judgeFirstContact(t);
    if (judged.excluded) {
      excluded += 1;
      continue;
    }
    resolved += 1;
    const escalated = (escalatedAt.get(t.id) ?? Infinity) <= (t.resolvedAt ?? 0);
    if (judged.firstContact && !escalated) first.push(t.number);
  }
  return {
    rate: rate(first.length, resolved),
    resolved,
    first_contact: first.length,
    excluded,
    tickets: first.sort((a, b) => a - b),
  };
}
