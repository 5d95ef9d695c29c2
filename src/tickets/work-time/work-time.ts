import type { TicketEvent } from "../ticket/events.ts";

// Time on a ticket by kind of work (issue 15): remote sessions, time on site and travelling to it, folded from the
// ticket's own `remote_session` and `visit` events so the ticket page and the indicators read the same rule.
// Pure: `now` comes in as an argument.

export const WORK_KINDS = ["remote", "onsite", "travel"] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/**
 * One stretch of work: a remote session from its start to its end, a visit's time on site from check-in to
 * check-out, or its travel from travel start to arrival. `endedAt` null: still running.
 */
export type WorkInterval = {
  kind: WorkKind;
  /** The session's or the visit's id. */
  ref: string;
  startedAt: number;
  endedAt: number | null;
};

type WorkEvent = Extract<TicketEvent, { type: "visit" | "remote_session" }>;
const isWorkEvent = (e: Pick<TicketEvent, "type">): e is WorkEvent => e.type === "visit" || e.type === "remote_session";

/**
 * The stretches of work in a history, in the order they began. A session asked for or consented to but never
 * started is no work (a cancelled one that never started neither); a visit checked in without a recorded travel
 * start has time on site only. Travel ends on arrival, or when the visit is cancelled on the way (the technician
 * turned back), and a missed window does not end it: they may still arrive.
 */
export function workIntervals(events: ReadonlyArray<Pick<TicketEvent, "type" | "at" | "data">>): WorkInterval[] {
  const out: WorkInterval[] = [];
  const open = new Map<string, WorkInterval>();
  const begin = (kind: WorkKind, ref: string, at: number) => {
    if (open.has(`${kind}:${ref}`)) return;
    const interval: WorkInterval = { kind, ref, startedAt: at, endedAt: null };
    open.set(`${kind}:${ref}`, interval);
    out.push(interval);
  };
  const end = (kind: WorkKind, ref: string, at: number) => {
    const interval = open.get(`${kind}:${ref}`);
    if (!interval) return;
    interval.endedAt = Math.max(at, interval.startedAt);
    open.delete(`${kind}:${ref}`);
  };
  for (const e of events) {
    if (!isWorkEvent(e)) continue;
    const at = e.at.getTime();
    if (e.type === "remote_session") {
      if (e.data.action === "started") begin("remote", e.data.sessionId, at);
      else if (e.data.action === "ended") end("remote", e.data.sessionId, at);
      continue;
    }
    const visit = e.data.visitId;
    switch (e.data.action) {
      case "travel_started":
        begin("travel", visit, at);
        break;
      case "arrived":
        end("travel", visit, at);
        begin("onsite", visit, at);
        break;
      case "departed":
        end("onsite", visit, at);
        break;
      case "cancelled":
        end("travel", visit, at);
        break;
    }
  }
  return out;
}

/** Time of one kind on a ticket: seconds (running stretches up to now), how many stretches, whether one runs. */
export type WorkTimeOfKind = { seconds: number; count: number; running: boolean };
export type WorkTime = Record<WorkKind, WorkTimeOfKind>;

/** A stretch's length in milliseconds, a running one measured up to `now` (never negative). */
export const intervalMs = (i: WorkInterval, now: number) => Math.max(0, (i.endedAt ?? now) - i.startedAt);

/** The time spent on a ticket per kind of work as its history stands at `now`. */
export function workTime(events: ReadonlyArray<Pick<TicketEvent, "type" | "at" | "data">>, now: number): WorkTime {
  const totals = Object.fromEntries(WORK_KINDS.map((k) => [k, { ms: 0, count: 0, running: false }])) as Record<
    WorkKind,
    { ms: number; count: number; running: boolean }
  >;
  for (const i of workIntervals(events)) {
    const t = totals[i.kind];
    t.ms += intervalMs(i, now);
    t.count += 1;
    t.running ||= i.endedAt === null;
  }
  return Object.fromEntries(
    WORK_KINDS.map((k) => [
      k,
      { seconds: Math.round(totals[k].ms / 1000), count: totals[k].count, running: totals[k].running },
    ]),
  ) as WorkTime;
}

/** The event types the work time is folded from: a reader loads only these. */
export const WORK_EVENT_TYPES = ["visit", "remote_session"] as const satisfies ReadonlyArray<TicketEvent["type"]>;
