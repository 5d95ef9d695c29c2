import type { Priority, Status } from "../../shared/enums.ts";
import type { TicketEvent } from "../../tickets/ticket/events.ts";
import { timelineAdd, timelineElapsed, type CalendarTimeline } from "../calendar/index.ts";
import type { ClockKind, PolicyDefinition } from "../policy/policy.ts";

/** A stretch of a clock's life: running (counting business time) or paused, and what started it. */
export type Segment = { from: number; to: number | null; running: boolean; cause: string };

export type Clock = {
  kind: ClockKind;
  /** 0 for first response and resolution; the n-th customer message for next reply. */
  cycle: number;
  targetMs: number;
  calendarId: string;
  state: "running" | "paused" | "stopped";
  startedAt: number;
  stoppedAt: number | null;
  stopCause: string | null;
  /** Business time used up to now (or to the stop). */
  usedMs: number;
  remainingMs: number;
  /** The earliest instant used time reaches the target (later pauses never move it); null while paused or when stopped in time. */
  dueAt: number | null;
  /** While paused (and not breached): when it would be due if resumed now, i.e. now + the business time left. */
  dueIfResumedAt: number | null;
  /** The instant used time passed the target (breach is strict: a clock paused or stopped exactly at it is not breached). */
  breachedAt: number | null;
  /** "met_by_resolution": the ticket was resolved before any public reply and has stayed resolved (first response only). */
  outcome: ClockOutcome;
  segments: Segment[];
};

export const CLOCK_OUTCOMES = ["pending", "met", "met_by_resolution", "breached"] as const;
export type ClockOutcome = (typeof CLOCK_OUTCOMES)[number];

export type ClockSummary = { priority: Priority; clocks: Clock[] };

export type ClockContext = {
  policy: PolicyDefinition;
  calendars: ReadonlyMap<string, CalendarTimeline>;
  now: number;
};

// An agent opening the ticket while talking to the requester has already responded.
const LIVE_CHANNELS = new Set(["phone", "onsite", "remote"]);

type Builder = { segments: Segment[]; stoppedAt: number | null; stopCause: string | null; byResolution?: boolean };

function open(at: number, cause: string): Builder {
  return { segments: [{ from: at, to: null, running: true, cause }], stoppedAt: null, stopCause: null };
}

const isFinal = (status: Status) => status === "resolved" || status === "closed";

function move(b: Builder, at: number, running: boolean | "stop", cause: string): void {
  const last = b.segments[b.segments.length - 1];
  if (!last || last.to !== null) {
    if (running === "stop") return;
    b.segments.push({ from: at, to: null, running, cause });
    b.stoppedAt = null;
    b.stopCause = null;
    return;
  }
  if (running === "stop") {
    last.to = at;
    b.stoppedAt = at;
    b.stopCause = cause;
  } else if (last.running !== running) {
    last.to = at;
    b.segments.push({ from: at, to: null, running, cause });
  }
}

type Folded = {
  priority: Priority;
  firstResponse: Builder;
  resolution: Builder;
  nextReply: { cycle: number; b: Builder } | null;
  /** The status holds the resolution clock (a pause status) or has stopped it (resolved, closed). */
  held: "running" | "paused" | "final";
  /** Visits whose technician is on the way, while the policy lets travel pause the resolution clock. */
  travelling: Set<string>;
};

/** The settings of a policy version that decide how the clocks read the log. */
type FoldSettings = Pick<
  PolicyDefinition,
  "pauseStatuses" | "arrivalCountsAsResponse" | "travelPausesResolution" | "remoteStartCountsAsResponse"
>;

/** Walks the history once, cutting each clock's life into running, paused and stopped stretches. */
function segmentHistory(events: readonly TicketEvent[], settings: FoldSettings): Folded {
  const { pauseStatuses } = settings;
  const created = events[0];
  if (!created || created.type !== "created") throw new Error("a history starts with created");
  const t0 = created.at.getTime();
  const f: Folded = {
    priority: created.data.fields.priority,
    firstResponse: open(t0, "ticket opened"),
    resolution: open(t0, "ticket opened"),
    nextReply: null,
    held: "running",
    travelling: new Set(),
  };
  if (created.data.fromStaff && LIVE_CHANNELS.has(created.data.fields.channel))
    move(f.firstResponse, t0, "stop", `opened by an agent during a ${created.data.fields.channel} contact`);
  let responded = f.firstResponse.stoppedAt !== null;
  // A ticket opened already waiting (an agent's "pending", an import) starts with its resolution clock paused.
  const openedIn = created.data.fields.status;
  if (pauseStatuses.includes(openedIn)) {
    f.resolution.segments[0] = { from: t0, to: null, running: false, cause: `status → ${openedIn}` };
    f.held = "paused";
  } else if (openedIn !== "new") changeStatus(f, "new", openedIn, t0, responded, pauseStatuses);
  let cycles = 0;
  for (const event of events.slice(1)) {
    const at = event.at.getTime();
    if (event.type === "replied" && !event.data.automatic) {
      if (event.data.fromStaff) {
        if (!responded) move(f.firstResponse, at, "stop", `first response by an agent (${event.data.channel})`);
        responded = true;
        if (f.nextReply) move(f.nextReply.b, at, "stop", `agent replied (${event.data.channel})`);
      } else if (responded && (!f.nextReply || f.nextReply.b.stoppedAt !== null)) {
        f.nextReply = { cycle: ++cycles, b: open(at, "requester wrote again") };
      }
    }
    if (event.type === "visit") {
      if (event.data.action === "arrived" && settings.arrivalCountsAsResponse === true && !responded) {
        move(f.firstResponse, at, "stop", "technician arrived on site");
        responded = true;
      }
      if (settings.travelPausesResolution === true) travel(f, event.data.visitId, event.data.action, at);
    }
    if (
      event.type === "remote_session" &&
      event.data.action === "started" &&
      settings.remoteStartCountsAsResponse === true
    ) {
      if (!responded) move(f.firstResponse, at, "stop", `remote session started (${event.data.tool})`);
      responded = true;
    }
    // A WhatsApp template (event "whatsapp_template") is a pre-approved notice, not an answer: it stops neither the
    // first-response nor the next-reply clock (docs/decisions/0014), so it falls through here untouched.
    if (event.type !== "changed") continue;
    for (const change of event.data.changes) {
      if (change.field === "priority") f.priority = change.to;
      if (change.field === "status") changeStatus(f, change.from, change.to, at, responded, pauseStatuses);
    }
  }
  return f;
}

/** What a status change does to the clocks. */
function changeStatus(
  f: Folded,
  from: Status,
  to: Status,
  at: number,
  responded: boolean,
  pauseStatuses: readonly Status[],
): void {
  if (isFinal(to)) {
    f.held = "final";
    // Resolving before any public reply answers the request only while it stays resolved.
    if (!responded && f.firstResponse.stoppedAt === null) {
      move(f.firstResponse, at, "stop", `${to} without a response`);
      f.firstResponse.byResolution = true;
    }
    move(f.resolution, at, "stop", to);
    if (f.nextReply) move(f.nextReply.b, at, "stop", to);
    return;
  }
  const reopened = isFinal(from);
  if (reopened && !responded && f.firstResponse.byResolution) {
    move(f.firstResponse, at, true, "reopened");
    f.firstResponse.byResolution = false;
  }
  f.held = pauseStatuses.includes(to) ? "paused" : "running";
  if (f.held === "paused") move(f.resolution, at, false, `status → ${to}`);
  else if (f.travelling.size > 0) move(f.resolution, at, false, "technician travelling");
  else move(f.resolution, at, true, reopened ? "reopened" : `status → ${to}`);
}

/**
 * Travel to a site pauses the resolution clock (when the policy says so) from its start until the technician
 * arrives or the visit is cancelled; a status pause or a resolution in the meantime keeps its own hold.
 */
function travel(f: Folded, visitId: string, action: string, at: number): void {
  const before = f.travelling.size;
  if (action === "travel_started") f.travelling.add(visitId);
  else if (action === "arrived" || action === "cancelled" || action === "departed") f.travelling.delete(visitId);
  else return;
  if (f.held !== "running" || before > 0 === f.travelling.size > 0) return;
  if (f.travelling.size > 0) move(f.resolution, at, false, "technician travelling");
  else move(f.resolution, at, true, "technician arrived");
}

/**
 * The instant a clock's used business time reaches `usage` (rule "reach", the closing-instant rule of the calendar
 * arithmetic: later pauses never move it) or passes it (rule "pass": a stretch that ends exactly at `usage` has not
 * passed it, the next running stretch does), walking its running stretches; null if not yet and not running.
 */
export function instantOfUsage(
  segments: readonly Segment[],
  timeline: CalendarTimeline,
  usage: number,
  rule: "reach" | "pass" = "reach",
): number | null {
  let used = 0;
  for (const s of segments) {
    if (!s.running) continue;
    if (s.to === null) return timelineAdd(timeline, s.from, Math.max(0, usage - used));
    const span = timelineElapsed(timeline, s.from, s.to);
    if (rule === "reach" ? used + span >= usage : used + span > usage)
      return timelineAdd(timeline, s.from, Math.max(0, usage - used));
    used += span;
  }
  return null;
}

function usedBy(segments: readonly Segment[], timeline: CalendarTimeline, now: number): number {
  let used = 0;
  for (const s of segments) {
    if (!s.running) continue;
    const end = s.to ?? Math.max(now, s.from);
    used += timelineElapsed(timeline, s.from, end);
  }
  return used;
}

function finish(
  kind: ClockKind,
  cycle: number,
  b: Builder,
  targetMs: number,
  calendarId: string,
  ctx: ClockContext,
): Clock {
  const timeline = ctx.calendars.get(calendarId);
  if (!timeline) throw new Error(`calendar ${calendarId} is not loaded`);
  const last = b.segments[b.segments.length - 1]!;
  const state = b.stoppedAt !== null ? "stopped" : last.running ? "running" : "paused";
  const usedMs = usedBy(b.segments, timeline, ctx.now);
  const reached = instantOfUsage(b.segments, timeline, targetMs);
  // Only a clock over its target can have passed it (and the worker folds thousands of clocks a second).
  const passed = usedMs > targetMs ? instantOfUsage(b.segments, timeline, targetMs, "pass") : null;
  const breached = passed !== null && passed < (b.stoppedAt ?? Infinity);
  return {
    kind,
    cycle,
    targetMs,
    calendarId,
    state,
    startedAt: b.segments[0]!.from,
    stoppedAt: b.stoppedAt,
    stopCause: b.stopCause,
    usedMs,
    remainingMs: targetMs - usedMs,
    dueAt: state === "running" || breached ? reached : null,
    dueIfResumedAt:
      state === "paused" && !breached
        ? timelineAdd(timeline, Math.max(ctx.now, last.from), Math.max(0, targetMs - usedMs))
        : null,
    breachedAt: breached ? passed : null,
    outcome: breached
      ? "breached"
      : state !== "stopped"
        ? "pending"
        : b.byResolution === true
          ? "met_by_resolution"
          : "met",
    segments: b.segments.map((s) => ({ ...s })),
  };
}

/**
 * Folds a ticket's history into its SLA clocks. Rule for a priority change: every clock takes the new
 * priority's target and calendar as if the ticket had had that priority since it opened (its used time
 * is re-measured from the start on the new calendar), so raising a ticket to Critical can breach at once.
 */
export function foldClocks(events: readonly TicketEvent[], ctx: ClockContext): ClockSummary {
  const f = segmentHistory(events, ctx.policy);
  const targets = ctx.policy.targets[f.priority];
  const minutes = (m: number) => Math.round(m * 60_000);
  const clocks = [
    finish("first_response", 0, f.firstResponse, minutes(targets.firstResponseMinutes), targets.calendarId, ctx),
    finish("resolution", 0, f.resolution, minutes(targets.resolutionMinutes), targets.calendarId, ctx),
  ];
  if (targets.nextReplyMinutes && f.nextReply) {
    clocks.push(
      finish(
        "next_reply",
        f.nextReply.cycle,
        f.nextReply.b,
        minutes(targets.nextReplyMinutes),
        targets.calendarId,
        ctx,
      ),
    );
  }
  return { priority: f.priority, clocks };
}
