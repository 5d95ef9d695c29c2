import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STATUSES, type Priority, type Status } from "../../shared/enums.ts";
import type { FieldChange, TicketEvent, TicketFields } from "../../tickets/ticket/events.ts";
import { compileCalendar, type CalendarTimeline } from "../calendar/index.ts";
import { foldOla, groupsInHistory, type GroupTerms, type OlaContext } from "./ola.ts";

const week = [["09:00", "18:00"]] as [string, string][];
const ALWAYS: CalendarTimeline = [
  { from: Number.NEGATIVE_INFINITY, compiled: compileCalendar({ timezone: "UTC", always: true }) },
];
const OFFICE: CalendarTimeline = [
  {
    from: Number.NEGATIVE_INFINITY,
    compiled: compileCalendar({
      timezone: "Asia/Karachi",
      weekly: { mon: week, tue: week, wed: week, thu: week, fri: week },
    }),
  },
];
const fields: TicketFields = {
  subject: "s",
  description: "d",
  type: "incident",
  categoryId: null,
  impact: "department",
  urgency: "medium",
  priority: "medium",
  priorityOverride: null,
  status: "new",
  requesterId: "r",
  organizationId: "o",
  groupId: "L1",
  assigneeId: null,
  channel: "portal",
  tags: [],
  parentId: null,
};
// Monday 2026-03-02, Karachi is UTC+5.
const T = (hhmm: string, day = "02") => new Date(`2026-03-${day}T${hhmm}:00+05:00`);
const MIN = 60_000;
const opened = (at: Date, over: Partial<TicketFields> = {}): TicketEvent => ({
  type: "created",
  at,
  actorId: "r",
  data: { fields: { ...fields, ...over }, fromStaff: false },
});
const change = (at: Date, ...changes: FieldChange[]): TicketEvent => ({
  type: "changed",
  at,
  actorId: "a",
  data: { changes, reason: null },
});
const moveTo = (at: Date, from: string | null, to: string | null) => change(at, { field: "groupId", from, to });
const status = (at: Date, from: Status, to: Status) => change(at, { field: "status", from, to });

const TARGETS: Record<string, Partial<Record<Priority, number>>> = {
  L1: { medium: 30, critical: 5 },
  L2: { medium: 120 },
};
function ctx(now: Date, timeline = OFFICE): OlaContext {
  return {
    pauseStatuses: ["pending", "on_hold"],
    now: now.getTime(),
    termsOf: (groupId, priority): GroupTerms => {
      const minutes = TARGETS[groupId]?.[priority];
      return { calendarId: "cal", timeline, targetMs: minutes === undefined ? null : minutes * MIN };
    },
  };
}

describe("OLA: how long each group held the ticket while active", () => {
  it("measures each group's stretch in business time and compares it with the group's target", () => {
    const events = [opened(T("10:00")), moveTo(T("10:45"), "L1", "L2"), status(T("11:00"), "new", "open")];
    const holds = foldOla(events, ctx(T("12:00")));
    expect(holds).toEqual([
      expect.objectContaining({
        groupId: "L1",
        heldMs: 45 * MIN,
        targetMs: 30 * MIN,
        exceeded: true,
        holding: false,
        periods: [{ from: T("10:00").getTime(), to: T("10:45").getTime() }],
      }),
      expect.objectContaining({ groupId: "L2", heldMs: 75 * MIN, targetMs: 120 * MIN, exceeded: false, holding: true }),
    ]);
  });

  it("stops counting while the ticket waits on the customer or is resolved, and resumes on reopen", () => {
    const events = [
      opened(T("10:00")),
      status(T("10:10"), "new", "pending"),
      status(T("11:10"), "pending", "open"),
      status(T("11:20"), "open", "resolved"),
      status(T("15:00"), "resolved", "open"),
    ];
    const [l1] = foldOla(events, ctx(T("15:05")));
    expect(l1).toMatchObject({ heldMs: 25 * MIN, exceeded: false, holding: true });
    expect(l1!.periods).toHaveLength(3);
  });

  it("counts only open hours on the calendar: a hand-over at 09:10 Monday after opening at 17:50 Friday is twenty minutes", () => {
    const events = [opened(T("17:50", "06")), moveTo(T("09:10", "09"), "L1", "L2")];
    const [l1, l2] = foldOla(events, ctx(T("09:30", "09")));
    expect(l1).toMatchObject({ heldMs: 20 * MIN, exceeded: false });
    expect(l2).toMatchObject({ heldMs: 20 * MIN });
  });

  it("takes the target of the current priority, has no target for a group without one, and skips unassigned time", () => {
    const events = [
      opened(T("10:00"), { groupId: null }),
      moveTo(T("10:30"), null, "L1"),
      change(T("10:40"), { field: "priority", from: "medium", to: "critical" }),
      moveTo(T("10:50"), "L1", "L3"),
    ];
    const holds = foldOla(events, ctx(T("11:00")));
    expect(holds.map((h) => [h.groupId, h.heldMs / MIN, h.targetMs, h.exceeded])).toEqual([
      ["L1", 20, 5 * MIN, true],
      ["L3", 10, null, null],
    ]);
    expect(groupsInHistory(events)).toEqual(["L1", "L3"]);
  });
});

// Histories on whole minutes, so an independent minute-by-minute walk is exact on a 24×7 calendar.
const GROUPS = ["A", "B", "C", null] as const;
const step = fc.record({
  afterMinutes: fc.integer({ min: 0, max: 240 }),
  group: fc.option(fc.constantFrom(...GROUPS), { nil: undefined }),
  status: fc.option(fc.constantFrom(...STATUSES), { nil: undefined }),
});
const history = fc.record({
  start: fc.integer({ min: 0, max: 60 * 24 * 14 }),
  group: fc.constantFrom(...GROUPS),
  steps: fc.array(step, { maxLength: 12 }),
  tail: fc.integer({ min: 0, max: 600 }),
});

type History = typeof history extends fc.Arbitrary<infer T> ? T : never;

function build(h: History): { events: TicketEvent[]; now: number } {
  let at = Date.parse("2026-03-02T00:00:00Z") + h.start * MIN;
  let group: string | null = h.group;
  let current: Status = "new";
  const events: TicketEvent[] = [opened(new Date(at), { groupId: group })];
  for (const s of h.steps) {
    at += s.afterMinutes * MIN;
    const changes: FieldChange[] = [];
    if (s.group !== undefined && s.group !== group)
      changes.push({ field: "groupId", from: group, to: (group = s.group) });
    if (s.status !== undefined && s.status !== current)
      changes.push({ field: "status", from: current, to: (current = s.status) });
    if (changes.length > 0) events.push(change(new Date(at), ...changes));
  }
  return { events, now: at + h.tail * MIN };
}

/** The oracle: walk minute by minute and credit each minute to the group holding an active ticket then. */
function walk(events: readonly TicketEvent[], now: number): Map<string, number> {
  const out = new Map<string, number>();
  const first = events[0] as Extract<TicketEvent, { type: "created" }>;
  for (let t = first.at.getTime(); t < now; t += MIN) {
    let group = first.data.fields.groupId;
    let s: Status = first.data.fields.status;
    for (const e of events) {
      if (e.type !== "changed" || e.at.getTime() > t) continue;
      for (const c of e.data.changes) {
        if (c.field === "groupId") group = c.to;
        if (c.field === "status") s = c.to;
      }
    }
    if (group && !["resolved", "closed", "pending", "on_hold"].includes(s)) out.set(group, (out.get(group) ?? 0) + MIN);
  }
  return out;
}

describe("OLA properties", () => {
  it("on a 24×7 calendar each group's held time is exactly the minutes it held an active ticket", () => {
    fc.assert(
      fc.property(history, (h) => {
        const { events, now } = build(h);
        const held = new Map(foldOla(events, ctx(new Date(now), ALWAYS)).map((g) => [g.groupId, g.heldMs]));
        const expected = walk(events, now);
        for (const [group, ms] of expected) expect(held.get(group)).toBe(ms);
        for (const [group, ms] of held) expect(ms).toBe(expected.get(group) ?? 0);
      }),
    );
  });

  it("periods of different groups never overlap and lie between the opening and now", () => {
    fc.assert(
      fc.property(history, (h) => {
        const { events, now } = build(h);
        const periods = foldOla(events, ctx(new Date(now))).flatMap((g) =>
          g.periods.map((p) => [p.from, p.to ?? Math.max(now, p.from)] as const),
        );
        periods.sort((a, b) => a[0] - b[0]);
        periods.forEach(([from, to], i) => {
          expect(from).toBeGreaterThanOrEqual(events[0]!.at.getTime());
          // Only a hold still open at now may be empty.
          if (to === from) expect(to).toBe(now);
          else expect(to).toBeGreaterThan(from);
          if (i > 0) expect(from).toBeGreaterThanOrEqual(periods[i - 1]![1]);
        });
      }),
    );
  });

  it("business time never exceeds wall time, and time held never shrinks as now moves on", () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 10_000 }), (h, later) => {
        const { events, now } = build(h);
        const office = foldOla(events, ctx(new Date(now)));
        const wall = new Map(foldOla(events, ctx(new Date(now), ALWAYS)).map((g) => [g.groupId, g.heldMs]));
        for (const g of office) expect(g.heldMs).toBeLessThanOrEqual(wall.get(g.groupId)!);
        const afterwards = new Map(foldOla(events, ctx(new Date(now + later * MIN))).map((g) => [g.groupId, g.heldMs]));
        for (const g of office) expect(afterwards.get(g.groupId)!).toBeGreaterThanOrEqual(g.heldMs);
      }),
    );
  });
});
