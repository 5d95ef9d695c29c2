import type { TicketEvent } from "../../tickets/ticket/events.ts";
import { WORK_KINDS, workIntervals, type WorkKind } from "../../tickets/work-time/work-time.ts";
import { inPeriod, type Period } from "./period.ts";
import { round } from "./stats.ts";
import type { TicketFacts } from "./ticket-facts.ts";

/**
 * One finished stretch of work as the indicator facts keep it: its kind, when it ended, how long it took. A stretch
 * counts in the period it ended in (like a clock in the period it stopped in), so a running one counts nowhere yet.
 */
export type WorkDone = { kind: WorkKind; endedAt: number; minutes: number };

/** The finished stretches of work in a history (the ticket's work-time rule, tickets/work-time). */
export function workDone(events: ReadonlyArray<Pick<TicketEvent, "type" | "at" | "data">>): WorkDone[] {
  return workIntervals(events).flatMap((i) =>
    i.endedAt === null ? [] : [{ kind: i.kind, endedAt: i.endedAt, minutes: (i.endedAt - i.startedAt) / 60_000 }],
  );
}

/** The time of one kind of work finished in a period. */
export type WorkKindFigures = {
  /** Tickets with at least one such stretch finished in the period. */
  tickets: number;
  /** Sessions, visits on site or trips finished in the period. */
  count: number;
  total_minutes: number;
  /** Per session, visit or trip; null when there was none. */
  mean_minutes: number | null;
  /** Per ticket that had this kind of work; null when none did. */
  mean_minutes_per_ticket: number | null;
};

export type WorkTimeFigures = Record<WorkKind, WorkKindFigures> & {
  /** Tickets where a visit's travel or time on site finished in the period. */
  tickets_with_visit: number;
  /** Tickets where a remote session finished in the period. */
  tickets_with_remote_session: number;
};

/** One kind's figures from its counts and total (the one rounding rule for the fold and the facts' SQL). */
export function kindFigures(tickets: number, count: number, totalMinutes: number): WorkKindFigures {
  return {
    tickets,
    count,
    total_minutes: round(totalMinutes),
    mean_minutes: count ? round(totalMinutes / count) : null,
    mean_minutes_per_ticket: tickets ? round(totalMinutes / tickets) : null,
  };
}

/** Totals and means from (ticket, stretch) pairs already cut to the period. */
export function workTimeFigures(done: ReadonlyArray<{ ticketId: string } & WorkDone>): WorkTimeFigures {
  const ofKind = (kind: WorkKind): WorkKindFigures => {
    const mine = done.filter((d) => d.kind === kind);
    const total = mine.reduce((sum, d) => sum + d.minutes, 0);
    return kindFigures(new Set(mine.map((d) => d.ticketId)).size, mine.length, total);
  };
  const ticketsWith = (kinds: readonly WorkKind[]) =>
    new Set(done.filter((d) => kinds.includes(d.kind)).map((d) => d.ticketId)).size;
  return {
    ...(Object.fromEntries(WORK_KINDS.map((k) => [k, ofKind(k)])) as Record<WorkKind, WorkKindFigures>),
    tickets_with_visit: ticketsWith(["onsite", "travel"]),
    tickets_with_remote_session: ticketsWith(["remote"]),
  };
}

/** Remote, on-site and travel time finished in the period, over every ticket as it stood at the period's end. */
export function workTimeIn(period: Period, facts: readonly TicketFacts[]): WorkTimeFigures {
  return workTimeFigures(
    facts.flatMap((t) =>
      workDone(t.events)
        .filter((d) => inPeriod(period, d.endedAt))
        .map((d) => ({ ticketId: t.id, ...d })),
    ),
  );
}
