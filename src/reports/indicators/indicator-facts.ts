import type { Channel, Priority } from "../../shared/enums.ts";
import type { Clock } from "../../sla/clock/clocks.ts";
import { judgeFirstContact } from "./first-contact-resolution.ts";
import { listFacts, type ListFacts } from "./list-facts.ts";
import { businessMinutes, ticketFacts, wallMinutes, type TicketFacts, type TicketHistory } from "./ticket-facts.ts";
import { tierHolds, type TierContext, type TierHold } from "./time-per-tier.ts";
import { reopenInstants } from "./volume.ts";
import { workDone, type WorkDone } from "./work-time.ts";

/** What one SLA clock tells the indicators once it has stopped (null columns while it runs or on a linked ticket). */
export type ClockFact = {
  stoppedAt: number;
  businessMinutes: number;
  wallMinutes: number;
  /** When it passed its target; null when it was met. */
  breachedAt: number | null;
};

/**
 * One ticket's indicator facts as they stood from `validFrom` (the instant of the last event they fold) until the
 * next change of any of them: every figure of a period ending at T reads the version valid at T, which is the fold
 * of the history cut at T (ticket-facts.ts), so figures for a past period never move. Each column is read off
 * `ticketFacts` and the indicators' own per-ticket rules — no indicator is defined twice.
 */
export type IndicatorFactVersion = {
  ticketId: string;
  number: number;
  validFrom: number;
  createdAt: number;
  channel: Channel;
  /** The priority its targets were measured by. */
  priority: Priority;
  /** Resolved or closed. */
  final: boolean;
  resolvedAt: number | null;
  linked: boolean;
  response: ClockFact | null;
  resolution: ClockFact | null;
  /** Left out of the first-contact rate (linked, duplicate, spam, merged). */
  fcrExcluded: boolean;
  /** First contact by the rule, escalations aside (they are joined from their records). */
  fcrFirstContact: boolean;
  reopenedAt: number[];
  /** Per tier, the business minutes held and holds over target; only for a resolved, unlinked ticket with an SLA. */
  tierHolds: Record<string, TierHold>;
  /** Finished remote sessions, visits on site and trips to them (work-time.ts). */
  workDone: WorkDone[];
  /** What the ticket-by-ticket lists show of it at this version (list-facts.ts). */
  list: ListFacts;
};

function clockFact(t: TicketFacts, clock: Clock | null): ClockFact | null {
  if (t.linked || clock === null || clock.state !== "stopped" || clock.stoppedAt === null) return null;
  return {
    stoppedAt: clock.stoppedAt,
    businessMinutes: businessMinutes(clock),
    wallMinutes: wallMinutes(clock),
    breachedAt: clock.outcome === "breached" ? clock.breachedAt : null,
  };
}

/** The facts of a history's first `count` events (undefined for none). */
function versionAfter(ticket: TicketHistory, count: number, ctx: TierContext): IndicatorFactVersion | undefined {
  const events = ticket.events.slice(0, count);
  const last = events[events.length - 1];
  if (!last) return undefined;
  const end = last.at.getTime() + 1;
  // A period ending just after the last event folds exactly these events; stopped clocks do not depend on `now`.
  const t = ticketFacts({ ...ticket, events }, { from: Number.NEGATIVE_INFINITY, to: end }, end)!;
  const fcr = t.resolvedAt !== null ? judgeFirstContact(t) : { excluded: false, firstContact: false };
  const holds =
    t.resolvedAt !== null && !t.linked && ticket.sla ? tierHolds(t, ticket.sla, ctx, t.resolvedAt) : new Map();
  return {
    ticketId: ticket.id,
    number: ticket.number,
    validFrom: last.at.getTime(),
    createdAt: t.state.createdAt.getTime(),
    channel: t.state.channel,
    priority: t.priority,
    final: t.resolvedAt !== null,
    resolvedAt: t.resolvedAt,
    linked: t.linked,
    response: clockFact(t, t.response),
    resolution: clockFact(t, t.resolution),
    fcrExcluded: fcr.excluded,
    fcrFirstContact: fcr.firstContact,
    reopenedAt: reopenInstants(events),
    tierHolds: Object.fromEntries([...holds].map(([tier, hold]) => [String(tier), hold])),
    workDone: workDone(events),
    list: listFacts(t),
  };
}

/** Whether two versions tell the indicators the same (their `validFrom` aside). */
export function sameFacts(a: IndicatorFactVersion, b: IndicatorFactVersion): boolean {
  const { validFrom: _a, ...x } = a;
  const { validFrom: _b, ...y } = b;
  return JSON.stringify(x) === JSON.stringify(y);
}

/**
 * The versions of one ticket's facts from `since` on (all of them without it): one per distinct event instant at or
 * after it, a version equal to the one before it left out. The first returned may equal the version already stored.
 */
export function factVersions(ticket: TicketHistory, ctx: TierContext, since?: number): IndicatorFactVersion[] {
  const out: IndicatorFactVersion[] = [];
  const events = ticket.events;
  for (let i = 0; i < events.length; i++) {
    const at = events[i]!.at.getTime();
    // Events at the same instant belong to one version: a period ending at T sees all of them or none.
    if (events[i + 1] && events[i + 1]!.at.getTime() === at) continue;
    if (since !== undefined && at < since) continue;
    const v = versionAfter(ticket, i + 1, ctx)!;
    const previous = out[out.length - 1];
    if (!previous || !sameFacts(previous, v)) out.push(v);
  }
  return out;
}
