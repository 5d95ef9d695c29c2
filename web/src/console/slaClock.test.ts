import { describe, expect, it } from "vitest";
import { clockCountdown, clockState, clockStateWord, latestClocks } from "./slaClock.ts";
import type { Clock } from "./types.ts";

const due = "2026-12-07T12:00:00Z";
const dueMs = Date.parse(due);
const MINUTE = 60_000;

function clock(over: Partial<Clock> = {}): Clock {
  return {
    kind: "resolution",
    cycle: 1,
    targetMinutes: 480,
    usedMinutes: 60,
    remainingMinutes: 420,
    state: "running",
    outcome: "pending",
    startedAt: "2026-12-07T04:00:00Z",
    calendarId: "c0ffee00-0000-4000-8000-000000000001",
    dueAt: due,
    dueIfResumedAt: null,
    segments: [],
    breachedAt: null,
    stoppedAt: null,
    stopCause: null,
    ...over,
  };
}

describe("where an SLA clock stands", () => {
  it("a running clock under three quarters of its target is on track", () => {
    expect(clockState(clock({ usedMinutes: 359 }), dueMs - 121 * MINUTE)).toBe("running");
    expect(clockStateWord(clock(), "running")).toBe("normal");
  });

  it("a running clock at three quarters of its target or more warns", () => {
    expect(clockState(clock({ usedMinutes: 360 }), dueMs - 120 * MINUTE)).toBe("warning");
  });

  it("a clock with no target never warns (no division by zero)", () => {
    expect(clockState(clock({ targetMinutes: 0, usedMinutes: 10 }), dueMs - MINUTE)).toBe("running");
  });

  it("a running clock shows as breached once its due time has passed, before the server records it (strict, ADR 0003)", () => {
    expect(clockState(clock(), dueMs + 1)).toBe("breached");
    expect(clockState(clock(), dueMs)).not.toBe("breached");
    expect(clockState(clock(), dueMs - 1)).not.toBe("breached");
  });

  it("a breach the server recorded stands whatever the time", () => {
    expect(clockState(clock({ outcome: "breached", state: "stopped" }), dueMs - 100 * MINUTE)).toBe("breached");
  });

  it("a met or stopped clock is met, even past its due time", () => {
    expect(clockState(clock({ outcome: "met", state: "stopped" }), dueMs + 100 * MINUTE)).toBe("met");
    expect(clockState(clock({ outcome: "met_by_resolution", state: "stopped" }), dueMs + MINUTE)).toBe("met");
    expect(clockState(clock({ state: "stopped" }), dueMs + MINUTE)).toBe("met");
  });

  it("a stopped clock whose outcome is still pending says stopped, not met", () => {
    const stopped = clock({ state: "stopped", outcome: "pending" });
    expect(clockStateWord(stopped, clockState(stopped, dueMs))).toBe("stopped");
    const met = clock({ state: "stopped", outcome: "met" });
    expect(clockStateWord(met, clockState(met, dueMs))).toBe("met");
  });

  it("a paused clock is paused, even past the due time it had when it paused", () => {
    expect(clockState(clock({ state: "paused", usedMinutes: 470 }), dueMs + 60 * MINUTE)).toBe("paused");
  });
});

describe("the SLA countdown", () => {
  it("counts the time left until the due time", () => {
    expect(clockCountdown(clock(), dueMs - 90 * MINUTE)).toEqual({ say: "leftIn", ms: 90 * MINUTE });
  });

  it("counts the time overdue once past it (negative, shown without a sign)", () => {
    expect(clockCountdown(clock(), dueMs + 4 * MINUTE)).toEqual({ say: "overdueBy", ms: -4 * MINUTE });
  });

  it("at exactly the due time nothing is overdue yet", () => {
    expect(clockCountdown(clock(), dueMs)).toEqual({ say: "leftIn", ms: 0 });
  });

  it("a paused clock says what it has left in business minutes, not a wall-clock countdown", () => {
    expect(clockCountdown(clock({ state: "paused", remainingMinutes: 125 }), dueMs + MINUTE)).toEqual({
      say: "pausedLeft",
      minutes: 125,
    });
  });

  it("a met clock says when it was met, and whether it was met by resolving without a reply", () => {
    const stoppedAt = "2026-12-07T09:00:00Z";
    expect(clockCountdown(clock({ state: "stopped", outcome: "met", stoppedAt }), dueMs)).toEqual({
      say: "metAt",
      when: stoppedAt,
    });
    expect(
      clockCountdown(
        clock({ kind: "first_response", state: "stopped", outcome: "met_by_resolution", stoppedAt }),
        dueMs,
      ),
    ).toEqual({ say: "metByResolution", when: stoppedAt });
  });

  it("a clock without a due time shows no countdown", () => {
    expect(clockCountdown(clock({ dueAt: null }), dueMs)).toEqual({ say: "none" });
  });
});

describe("the clocks the panel shows", () => {
  it("only the latest cycle of each kind, response first, then next reply, then resolution", () => {
    const shown = latestClocks([
      clock({ kind: "resolution", cycle: 1 }),
      clock({ kind: "next_reply", cycle: 1 }),
      clock({ kind: "next_reply", cycle: 3 }),
      clock({ kind: "first_response", cycle: 1 }),
      clock({ kind: "next_reply", cycle: 2 }),
    ]);
    expect(shown.map((c) => `${c.kind}#${c.cycle}`)).toEqual(["first_response#1", "next_reply#3", "resolution#1"]);
  });
});
