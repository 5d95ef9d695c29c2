import { describe, expect, it } from "vitest";
import type { TicketEvent, TicketFields } from "../../tickets/ticket/events.ts";
import { compileCalendar, type CalendarTimeline } from "../calendar/index.ts";
import { foldClocks } from "../clock/clocks.ts";
import { PolicyDefinition } from "../policy/policy.ts";
import { dueThresholds, thresholdsOf, type Threshold } from "./thresholds.ts";

// Round the clock (UTC, 24×7), so business time is wall time: a 60-minute target opened at 10:00 is due at 11:00.
const ALWAYS = "00000000-0000-4000-8000-000000000001";
const calendars = new Map<string, CalendarTimeline>([
  [ALWAYS, [{ from: 0, compiled: compileCalendar({ timezone: "UTC", always: true }) }]],
]);
const hour = { firstResponseMinutes: 60, resolutionMinutes: 60, calendarId: ALWAYS };
const act = [{ type: "raise_priority" as const }];
// Parsed afresh per use: thresholds are cached per policy object, and a test of keys must see them being made.
const policyOf = () =>
  PolicyDefinition.parse({
    targets: { critical: hour, high: hour, medium: hour, low: hour },
    warningShares: [0.5, 0.755],
    escalations: [
      { level: 1, clock: "first_response", offsetMinutes: -10, actions: act },
      { level: 2, clock: "first_response", offsetMinutes: 30, actions: act },
      { level: 3, clock: "first_response", offsetMinutes: -600, actions: act },
      { level: 1, clock: "resolution", offsetMinutes: 15, actions: act },
    ],
  });
const policy = policyOf();
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
  groupId: null,
  assigneeId: null,
  channel: "portal",
  tags: [],
  parentId: null,
};
const at = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00Z`);
const minute = (t: Threshold) => (t.at === null ? null : (t.at - at("10:00").getTime()) / 60_000);
const opened: TicketEvent = { type: "created", at: at("10:00"), actorId: "r", data: { fields, fromStaff: false } };
const answered: TicketEvent = {
  type: "replied",
  at: at("10:20"),
  actorId: "a",
  data: { body: "…", channel: "email", attachmentIds: [], fromStaff: true },
};
const thresholds = (events: TicketEvent[], now: string, p = policy) =>
  thresholdsOf(foldClocks(events, { policy: p, calendars, now: at(now).getTime() }), p, calendars);
const status = (hhmm: string, from: TicketFields["status"], to: TicketFields["status"]): TicketEvent => ({
  type: "changed",
  at: at(hhmm),
  actorId: "a",
  data: { changes: [{ field: "status", from, to }], reason: null },
});

describe("SLA thresholds", () => {
  it("puts warnings at their share of the target, the breach at the target, and each level at the target plus its offset", () => {
    const response = thresholds([opened], "10:00").filter((t) => t.clock === "first_response");
    expect(response.map((t) => [t.kind, t.share ?? t.level?.level, t.usageMs / 60_000, minute(t)])).toEqual([
      ["warning", 0.5, 30, 30],
      ["warning", 0.755, 45.3, 45.3],
      ["breach", undefined, 60, 60],
      ["escalation", 1, 50, 50],
      ["escalation", 2, 90, 90],
      // Ten hours before a one-hour deadline is before the clock started: it fires at once.
      ["escalation", 3, 0, 0],
    ]);
    expect(response.every((t) => t.clockRunning && t.cycle === 0)).toBe(true);
  });

  it("keys each threshold by clock, cycle, target and point, so the same point of another clock or target fires anew", () => {
    const keys = thresholds([opened], "10:00", policyOf()).map((t) => t.key);
    expect(keys).toEqual([
      "first_response:0:3600000:warn-50",
      "first_response:0:3600000:warn-75.5",
      "first_response:0:3600000:breach",
      "first_response:0:3600000:level-1",
      "first_response:0:3600000:level-2",
      "first_response:0:3600000:level-3",
      "resolution:0:3600000:warn-50",
      "resolution:0:3600000:warn-75.5",
      "resolution:0:3600000:breach",
      "resolution:0:3600000:level-1",
    ]);
  });

  it("a clock stopped before a point never reaches it: the point has no instant, and the clock is marked not running", () => {
    const response = thresholds([opened, answered], "12:00").filter((t) => t.clock === "first_response");
    expect(response.map((t) => [t.key.split(":")[3], minute(t)])).toEqual([
      ["warn-50", null],
      ["warn-75.5", null],
      ["breach", null],
      ["level-1", null],
      ["level-2", null],
      ["level-3", 0],
    ]);
    expect(response.some((t) => t.clockRunning)).toBe(false);
  });

  it("due now: every point whose instant has come (one falling due this very millisecond included) and that has not fired, earliest first", () => {
    const all = thresholds([opened], "10:00");
    const fired = new Set(["first_response:0:3600000:level-3"]);
    const { due, nextDueAt } = dueThresholds(all, fired, at("11:00").getTime());
    expect(due.map(minute)).toEqual([30, 30, 45.3, 45.3, 50, 60, 60]);
    expect(due.map((t) => t.key).sort()).toEqual([
      "first_response:0:3600000:breach",
      "first_response:0:3600000:level-1",
      "first_response:0:3600000:warn-50",
      "first_response:0:3600000:warn-75.5",
      "resolution:0:3600000:breach",
      "resolution:0:3600000:warn-50",
      "resolution:0:3600000:warn-75.5",
    ]);
    // The next one is the earliest still ahead, wherever it is listed: the resolution's level 1 at 11:15, not the
    // response's level 2 at 11:30 listed before it.
    expect(nextDueAt).toBe(at("11:15").getTime());
  });

  it("a warning is reached when the used time comes to it, even if the clock pauses at that very instant", () => {
    const paused = thresholds([opened, status("10:00", "new", "open"), status("10:30", "open", "pending")], "12:00");
    const resolution = paused.filter((t) => t.clock === "resolution");
    expect(resolution.map((t) => [t.key.split(":")[3], minute(t)])).toEqual([
      ["warn-50", 30],
      ["warn-75.5", null],
      ["breach", null],
      ["level-1", null],
    ]);
    expect(dueThresholds(resolution, new Set(), at("12:00").getTime()).due.map((t) => t.key)).toEqual([
      "resolution:0:3600000:warn-50",
    ]);
  });

  it("refuses to place thresholds on a calendar it was not given, naming it", () => {
    const summary = foldClocks([opened], { policy, calendars, now: at("10:00").getTime() });
    expect(() => thresholdsOf(summary, policy, new Map())).toThrow(`calendar ${ALWAYS} is not loaded`);
  });

  it("a fired point is neither due again nor awaited: with every point past or fired there is no next instant", () => {
    const all = thresholds([opened], "10:00");
    expect(dueThresholds(all, new Set(), at("13:00").getTime())).toMatchObject({ nextDueAt: null });
    expect(dueThresholds(all, new Set(all.map((t) => t.key)), at("10:00").getTime())).toEqual({
      due: [],
      nextDueAt: null,
    });
  });
});
