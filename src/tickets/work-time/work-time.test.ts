import { describe, expect, it } from "vitest";
import type { TicketEvent } from "../ticket/events.ts";
import { workIntervals, workTime } from "./work-time.ts";

const T0 = Date.parse("2026-03-02T09:00:00Z");
const MIN = 60_000;
const at = (minutes: number) => new Date(T0 + minutes * MIN);

const visit = (minutes: number, visitId: string, action: "travel_started" | "arrived" | "departed" | "cancelled") =>
  ({
    type: "visit",
    at: at(minutes),
    actorId: null,
    data: action === "cancelled" ? { action, visitId, reason: null } : { action, visitId },
  }) as TicketEvent;
const session = (minutes: number, sessionId: string, action: "requested" | "consented" | "started" | "ended") =>
  ({
    type: "remote_session",
    at: at(minutes),
    actorId: null,
    data: { sessionId, tool: "RustDesk", action, ...(action === "ended" ? { outcome: "resolved" } : {}) },
  }) as TicketEvent;
const reply = (minutes: number) =>
  ({ type: "message", at: at(minutes), actorId: null, data: { fromStaff: true } }) as unknown as TicketEvent;

describe("time on a ticket by kind of work", () => {
  it("is zero everywhere on a ticket without visits or remote sessions", () => {
    expect(workTime([reply(5)], T0 + 60 * MIN)).toEqual({
      remote: { seconds: 0, count: 0, running: false },
      onsite: { seconds: 0, count: 0, running: false },
      travel: { seconds: 0, count: 0, running: false },
    });
  });

  it("adds up several visits: travel from travel start to arrival, on site from check-in to check-out", () => {
    const events = [
      visit(0, "v1", "travel_started"),
      visit(30, "v1", "arrived"),
      visit(90, "v1", "departed"),
      // A follow-up visit the next day, travel 20 minutes, 45 minutes on site.
      visit(1440, "v2", "travel_started"),
      visit(1460, "v2", "arrived"),
      visit(1505, "v2", "departed"),
    ];
    expect(workTime(events, T0 + 2000 * MIN)).toEqual({
      remote: { seconds: 0, count: 0, running: false },
      onsite: { seconds: (60 + 45) * 60, count: 2, running: false },
      travel: { seconds: (30 + 20) * 60, count: 2, running: false },
    });
  });

  it("counts a visit checked in but not yet checked out as running, up to now", () => {
    const events = [visit(0, "v1", "travel_started"), visit(15, "v1", "arrived")];
    expect(workTime(events, T0 + 55 * MIN).onsite).toEqual({ seconds: 40 * 60, count: 1, running: true });
    expect(workTime(events, T0 + 55 * MIN).travel).toEqual({ seconds: 15 * 60, count: 1, running: false });
  });

  it("counts travel still under way as running, and ends it when the visit is cancelled on the way", () => {
    const travelling = [visit(0, "v1", "travel_started")];
    expect(workTime(travelling, T0 + 10 * MIN).travel).toEqual({ seconds: 600, count: 1, running: true });
    const turnedBack = [...travelling, visit(12, "v1", "cancelled")];
    expect(workTime(turnedBack, T0 + 90 * MIN).travel).toEqual({ seconds: 720, count: 1, running: false });
    expect(workTime(turnedBack, T0 + 90 * MIN).onsite.count).toBe(0);
  });

  it("gives a visit checked in without a recorded travel start time on site only", () => {
    const events = [visit(0, "v1", "arrived"), visit(25, "v1", "departed")];
    const time = workTime(events, T0 + 60 * MIN);
    expect(time.onsite).toEqual({ seconds: 1500, count: 1, running: false });
    expect(time.travel).toEqual({ seconds: 0, count: 0, running: false });
  });

  it("measures remote sessions from start to end; one asked for and consented to but never started is no time", () => {
    const events = [
      session(0, "s1", "requested"),
      session(2, "s1", "consented"),
      session(5, "s1", "started"),
      session(35, "s1", "ended"),
      session(40, "s2", "requested"),
      session(41, "s2", "consented"),
      // Cancelled before it started: an `ended` without a start.
      session(50, "s2", "ended"),
      session(60, "s3", "requested"),
    ];
    expect(workTime(events, T0 + 120 * MIN).remote).toEqual({ seconds: 30 * 60, count: 1, running: false });
  });

  it("counts a started session not yet ended as running, alongside visits on the same ticket", () => {
    const events = [
      visit(0, "v1", "arrived"),
      session(10, "s1", "started"),
      visit(20, "v1", "departed"),
      session(25, "s1", "consented"),
    ];
    expect(workTime(events, T0 + 45 * MIN)).toEqual({
      remote: { seconds: 35 * 60, count: 1, running: true },
      onsite: { seconds: 20 * 60, count: 1, running: false },
      travel: { seconds: 0, count: 0, running: false },
    });
  });

  it("lists the stretches in the order they began, with the visit or session they belong to", () => {
    const events = [visit(0, "v1", "travel_started"), session(5, "s1", "started"), visit(10, "v1", "arrived")];
    expect(workIntervals(events)).toEqual([
      { kind: "travel", ref: "v1", startedAt: T0, endedAt: T0 + 10 * MIN },
      { kind: "remote", ref: "s1", startedAt: T0 + 5 * MIN, endedAt: null },
      { kind: "onsite", ref: "v1", startedAt: T0 + 10 * MIN, endedAt: null },
    ]);
  });

  it("never measures a negative stretch, even when now is before a start", () => {
    expect(workTime([session(30, "s1", "started")], T0).remote).toEqual({ seconds: 0, count: 1, running: true });
  });
});
