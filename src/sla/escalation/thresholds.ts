import { instantOfUsage, type Clock, type ClockSummary } from "../clock/clocks.ts";
import type { CalendarTimeline } from "../calendar/index.ts";
import type { ClockKind, EscalationLevel, PolicyDefinition } from "../policy/policy.ts";
import type { TicketEvent } from "../../tickets/ticket/events.ts";
import { foldVisits, missedWindowDueAt, type VisitEventData } from "../../tickets/visits/visit.ts";

/** A point on a clock where something must happen once: a warning, the breach, or an escalation level. */
export type Threshold = {
  /** Unique per ticket: the clock, its cycle, its target and the point, so a re-targeted clock gets new ones. */
  key: string;
  clock: ClockKind;
  cycle: number;
  /** visit_missed: an onsite visit's window ended without the technician on site (fires like a breach). */
  kind: "warning" | "breach" | "escalation" | "visit_missed";
  share: number | null;
  level: EscalationLevel | null;
  /** Business time used at which it fires. */
  usageMs: number;
  /** When that usage is (or was) passed; null if not passed and the clock is not running. */
  at: number | null;
  /** Whether the clock is still running (actions that notify people only make sense then). */
  clockRunning: boolean;
  /** The visit whose window a visit_missed threshold watches. */
  visitId?: string;
};

function pointsOf(clock: Clock, policy: PolicyDefinition): Array<Omit<Threshold, "at" | "key" | "clockRunning">> {
  const base = { clock: clock.kind, cycle: clock.cycle };
  const points: Array<Omit<Threshold, "at" | "key" | "clockRunning">> = policy.warningShares.map((share) => ({
    ...base,
    kind: "warning" as const,
    share,
    level: null,
    usageMs: Math.round(clock.targetMs * share),
  }));
  points.push({ ...base, kind: "breach", share: null, level: null, usageMs: clock.targetMs });
  for (const level of policy.escalations.filter((l) => l.clock === clock.kind)) {
    points.push({
      ...base,
      kind: "escalation",
      share: null,
      level,
      usageMs: Math.max(0, clock.targetMs + Math.round(level.offsetMinutes * 60_000)),
    });
  }
  return points;
}

function keyOf(p: Omit<Threshold, "at" | "key" | "clockRunning">, targetMs: number): string {
  const point =
    p.kind === "warning"
      ? `warn-${Math.round((p.share ?? 0) * 1000) / 10}`
      : p.kind === "breach"
        ? "breach"
        : `level-${p.level?.level}`;
  return `${p.clock}:${p.cycle}:${targetMs}:${point}`;
}

type Point = Omit<Threshold, "at" | "clockRunning">;

// A clock's points depend only on the policy and the clock's kind, cycle and target, and policy versions never
// change: workers fold thousands of tickets per second under a few of them, so the points are built once.
const pointsCache = new WeakMap<PolicyDefinition, Map<string, Point[]>>();

function cachedPoints(clock: Clock, policy: PolicyDefinition): Point[] {
  let byClock = pointsCache.get(policy);
  if (!byClock) pointsCache.set(policy, (byClock = new Map()));
  const id = `${clock.kind}:${clock.cycle}:${clock.targetMs}`;
  let points = byClock.get(id);
  if (!points)
    byClock.set(id, (points = pointsOf(clock, policy).map((p) => ({ ...p, key: keyOf(p, clock.targetMs) }))));
  return points;
}

/**
 * One threshold per live onsite visit: due at the end of its window unless the technician has arrived by then. Its
 * key names the window, so a rescheduled visit can be missed again; a cancelled or attended one has none.
 */
export function visitThresholds(events: readonly TicketEvent[]): Threshold[] {
  const visitEvents: Array<{ at: Date; data: VisitEventData }> = [];
  for (const e of events) if (e.type === "visit") visitEvents.push(e);
  if (visitEvents.length === 0) return [];
  const out: Threshold[] = [];
  for (const visit of foldVisits(visitEvents).values()) {
    const at = missedWindowDueAt(visit);
    if (at === null) continue;
    out.push({
      key: `visit:${visit.id}:${at}:missed`,
      clock: "resolution",
      cycle: 0,
      kind: "visit_missed",
      share: null,
      level: null,
      usageMs: 0,
      at,
      clockRunning: true,
      visitId: visit.id,
    });
  }
  return out;
}

/** Every threshold of every clock, with the instant it is (or was) crossed, and the visits' missed windows. */
export function thresholdsOf(
  summary: ClockSummary,
  policy: PolicyDefinition,
  calendars: ReadonlyMap<string, CalendarTimeline>,
  events: readonly TicketEvent[] = [],
): Threshold[] {
  const out: Threshold[] = visitThresholds(events);
  for (const clock of summary.clocks) {
    const timeline = calendars.get(clock.calendarId);
    if (!timeline) throw new Error(`calendar ${clock.calendarId} is not loaded`);
    const clockRunning = clock.state === "running";
    for (const p of cachedPoints(clock, policy)) {
      // Points before the target fire when used time reaches them; the breach and later levels only once it passes them.
      const rule = p.usageMs < clock.targetMs ? "reach" : "pass";
      out.push({ ...p, at: instantOfUsage(clock.segments, timeline, p.usageMs, rule), clockRunning });
    }
  }
  return out;
}

/** Splits thresholds into those due now and not yet fired, and the next instant one falls due. */
export function dueThresholds(
  all: readonly Threshold[],
  fired: ReadonlySet<string>,
  now: number,
): { due: Threshold[]; nextDueAt: number | null } {
  const due: Threshold[] = [];
  let nextDueAt: number | null = null;
  for (const t of all) {
    if (t.at === null || fired.has(t.key)) continue;
    if (t.at <= now) due.push(t);
    else if (nextDueAt === null || t.at < nextDueAt) nextDueAt = t.at;
  }
  due.sort((a, b) => a.at! - b.at!);
  return { due, nextDueAt };
}
