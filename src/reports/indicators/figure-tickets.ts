import type { Channel, Priority, Status } from "../../shared/enums.ts";
import { isEscalation, type EscalationFact } from "./escalations.ts";
import type { FirstContactResolution } from "./first-contact-resolution.ts";
import { inPeriod, type Period } from "./period.ts";
import type { RatingFact } from "./satisfaction.ts";
import { stoppedIn, type TicketFacts } from "./ticket-facts.ts";

/** The figures of the report a reader can open to see the tickets behind them. */
export const FIGURES = [
  "created",
  "resolved",
  "backlog",
  "reopened",
  "response",
  "resolution",
  "response_breached",
  "resolution_breached",
  "first_contact",
  "escalated",
  "rated",
] as const;
export type Figure = (typeof FIGURES)[number];

/** One ticket behind a figure: enough to recognise it and open its page (and its SLA clocks) in the console. */
export type FigureTicketRow = {
  ticket_id: string;
  number: number;
  subject: string;
  status: Status;
  priority: Priority;
  channel: Channel;
  agent_id: string | null;
  group_id: string | null;
  created_at: string;
  resolved_at: string | null;
};

/** What the figures were counted from, beyond the tickets folded at the period's end. */
export type FigureSources = {
  escalations: readonly EscalationFact[];
  ratings: readonly RatingFact[];
  firstContact: FirstContactResolution;
};

const FINAL = new Set(["resolved", "closed"]);

function reopenedIn(period: Period, t: TicketFacts): boolean {
  return t.events.some(
    (e) =>
      e.type === "changed" &&
      e.at.getTime() >= period.from &&
      e.data.changes.some((c) => c.field === "status" && FINAL.has(c.from) && !FINAL.has(c.to)),
  );
}

/**
 * The tickets a figure counted, by the same rule as the figure (volume.ts, clock-times.ts, sla-compliance.ts,
 * first-contact-resolution.ts, escalations.ts, satisfaction.ts), in ticket-number order.
 */
export function ticketsBehind(
  figure: Figure,
  period: Period,
  tickets: readonly TicketFacts[],
  sources: FigureSources,
): FigureTicketRow[] {
  const escalated = new Set(
    sources.escalations.filter((e) => isEscalation(e) && inPeriod(period, e.at.getTime())).map((e) => e.ticketId),
  );
  const rated = new Set(sources.ratings.filter((r) => inPeriod(period, r.at.getTime())).map((r) => r.ticketId));
  const firstContact = new Set(sources.firstContact.tickets);
  const breached = (clock: TicketFacts["response"], t: TicketFacts) =>
    stoppedIn(period, t, clock) && clock.outcome === "breached";
  const counts: Record<Figure, (t: TicketFacts) => boolean> = {
    created: (t) => t.createdInPeriod,
    resolved: (t) => t.resolvedInPeriod,
    backlog: (t) => !FINAL.has(t.state.status),
    reopened: (t) => reopenedIn(period, t),
    response: (t) => stoppedIn(period, t, t.response),
    resolution: (t) => stoppedIn(period, t, t.resolution),
    response_breached: (t) => breached(t.response, t),
    resolution_breached: (t) => breached(t.resolution, t),
    first_contact: (t) => t.resolvedInPeriod && firstContact.has(t.number),
    escalated: (t) => escalated.has(t.id),
    rated: (t) => rated.has(t.id),
  };
  return tickets
    .filter(counts[figure])
    .sort((a, b) => a.number - b.number)
    .map((t) => ({
      ticket_id: t.id,
      number: t.number,
      subject: t.state.subject,
      status: t.state.status,
      priority: t.priority,
      channel: t.state.channel,
      agent_id: t.state.assigneeId,
      group_id: t.state.groupId,
      created_at: t.state.createdAt.toISOString(),
      resolved_at: t.resolvedAt === null ? null : new Date(t.resolvedAt).toISOString(),
    }));
}
