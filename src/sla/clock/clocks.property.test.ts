import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, compileCalendar, elapsed, type CalendarTimeline } from "../calendar/index.ts";
import { instantOfUsage, type Segment } from "./clocks.ts";

// A pause moves a deadline only if it starts before it, and then by exactly the business time it held.
// Checked on 24×7, office-hours and DST calendars, with targets and pauses that land on openings and closings.

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const office = [["09:00", "18:00"]] as [string, string][];
const split = [
  ["00:30", "02:30"],
  ["08:00", "12:00"],
  ["13:00", "17:30"],
] as [string, string][];
const CALENDARS = [
  compileCalendar({ timezone: "UTC", always: true }),
  compileCalendar({
    timezone: "Europe/Berlin",
    weekly: { mon: office, tue: office, wed: office, thu: office, fri: office },
  }),
  compileCalendar({
    timezone: "America/New_York",
    weekly: { mon: split, wed: split, sat: [["02:00", "03:00"]], sun: office },
    holidays: ["2026-03-09"],
  }),
  compileCalendar({
    timezone: "Asia/Karachi",
    weekly: { mon: office, tue: office },
    overrides: { "2026-03-02": [["10:00", "15:00"]], "2026-03-16": [] },
  }),
].map((compiled): CalendarTimeline => [{ from: 0, compiled }]);

const FROM = Date.UTC(2026, 1, 20);
// Whole minutes, so starts and pauses often fall exactly on openings and closings.
const instant = fc.integer({ min: 0, max: 40 * 24 * 60 }).map((m) => FROM + m * MIN);
const target = fc.oneof(
  fc.integer({ min: 1, max: 600 }).map((m) => m * MIN),
  fc.integer({ min: 1, max: 5 * DAY }),
);
const gap = fc.oneof(
  fc.integer({ min: 0, max: 16 * 60 }).map((m) => m * MIN),
  fc.integer({ min: 0, max: 4 * DAY }),
);

const running = (from: number, to: number | null): Segment => ({ from, to, running: true, cause: "run" });
const paused = (from: number, to: number | null): Segment => ({ from, to, running: false, cause: "pause" });

/** A clock opened at t0, paused over [p1, p2) (p2 null: still paused), running again after. */
const withPause = (t0: number, p1: number, p2: number | null): Segment[] =>
  p2 === null ? [running(t0, p1), paused(p1, null)] : [running(t0, p1), paused(p1, p2), running(p2, null)];

describe("a pause moves a deadline only if it starts before it", () => {
  it("a pause that starts at or after the due instant never changes it (ended or still running)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CALENDARS),
        instant,
        target,
        gap,
        gap,
        fc.boolean(),
        (timeline, t0, targetMs, after, length, ended) => {
          const due = instantOfUsage([running(t0, null)], timeline, targetMs)!;
          const p1 = due + after;
          expect(instantOfUsage(withPause(t0, p1, ended ? p1 + length : null), timeline, targetMs)).toBe(due);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a pause that starts before the due instant moves it by exactly the business time it held", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CALENDARS),
        instant,
        target,
        fc.double({ min: 0, max: 1, noNaN: true }),
        gap,
        (timeline, t0, targetMs, share, length) => {
          const compiled = timeline[0]!.compiled;
          const due = instantOfUsage([running(t0, null)], timeline, targetMs)!;
          const p1 = t0 + Math.floor((due - t0 - 1) * share);
          fc.pre(p1 < due);
          const p2 = p1 + length;
          const held = elapsed(compiled, p1, p2);
          const moved = instantOfUsage(withPause(t0, p1, p2), timeline, targetMs)!;
          expect(moved).toBeGreaterThanOrEqual(due);
          expect(elapsed(compiled, due, moved)).toBe(held);
          expect(moved).toBe(add(compiled, t0, targetMs + held));
        },
      ),
      { numRuns: 300 },
    );
  });
});
