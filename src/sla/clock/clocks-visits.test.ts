import { describe, expect, it } from "vitest";
import type { TicketEvent, TicketFields } from "../../tickets/ticket/events.ts";
import type { VisitEventData } from "../../tickets/visits/visit.ts";
import { ALWAYS, baseFields as fields, calendars } from "../../../test/support/histories.ts";
import { PolicyDefinition } from "../policy/policy.ts";
import { foldClocks, type ClockSummary } from "./clocks.ts";

const policyWith = (settings: { arrivalCountsAsResponse?: boolean; travelPausesResolution?: boolean }) => {
  const t = { firstResponseMinutes: 60, resolutionMinutes: 240, calendarId: ALWAYS };
  return PolicyDefinition.parse({ targets: { critical: t, high: t, medium: t, low: t }, ...settings });
};
const T = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00Z`);
const opened: TicketEvent = { type: "created", at: T("09:00"), actorId: "r", data: { fields, fromStaff: false } };
const visit = (hhmm: string, action: "travel_started" | "arrived" | "departed" | "cancelled"): TicketEvent => ({
  type: "visit",
  at: T(hhmm),
  actorId: "tech",
  data: (action === "cancelled"
    ? { action, visitId: "v1", reason: null }
    : { action, visitId: "v1" }) as VisitEventData,
});
const toStatus = (hhmm: string, from: TicketFields["status"], to: TicketFields["status"]): TicketEvent => ({
  type: "changed",
  at: T(hhmm),
  actorId: "a",
  data: { changes: [{ field: "status", from, to }], reason: null },
});
const clock = (s: ClockSummary, kind: string) => s.clocks.find((c) => c.kind === kind)!;
const fold = (events: TicketEvent[], policy: PolicyDefinition, now: string) =>
  foldClocks(events, { policy, calendars, now: T(now).getTime() });

describe("onsite visits on the SLA clocks", () => {
  const day = [opened, visit("09:20", "travel_started"), visit("09:50", "arrived"), visit("11:00", "departed")];

  it("with arrivalCountsAsResponse on, the technician checking in at 09:50 is the first response (met)", () => {
    const fr = clock(fold(day, policyWith({ arrivalCountsAsResponse: true }), "12:00"), "first_response");
    expect(fr).toMatchObject({ state: "stopped", stoppedAt: T("09:50").getTime(), outcome: "met" });
    expect(fr.stopCause).toBe("technician arrived on site");
  });

  it("with arrivalCountsAsResponse off (the default), arrival does not stop the response clock, which breaches at 10:00", () => {
    const fr = clock(fold(day, policyWith({}), "12:00"), "first_response");
    expect(fr).toMatchObject({ state: "running", outcome: "breached", breachedAt: T("10:00").getTime() });
  });

  it("an arrival after the response target is a stopped, breached response clock", () => {
    const late = [opened, visit("10:30", "arrived")];
    const fr = clock(fold(late, policyWith({ arrivalCountsAsResponse: true }), "12:00"), "first_response");
    expect(fr).toMatchObject({ state: "stopped", outcome: "breached", breachedAt: T("10:00").getTime() });
  });

  it("an arrival after a public reply changes nothing: the reply was the response", () => {
    const replied: TicketEvent = {
      type: "replied",
      at: T("09:10"),
      actorId: "a",
      data: { body: "on our way", channel: "portal", attachmentIds: [], fromStaff: true },
    };
    const fr = clock(
      fold([opened, replied, visit("09:50", "arrived")], policyWith({ arrivalCountsAsResponse: true }), "12:00"),
      "first_response",
    );
    expect(fr.stoppedAt).toBe(T("09:10").getTime());
  });

  it("with travelPausesResolution on, the 30 minutes on the road do not count towards resolution", () => {
    const res = clock(fold(day, policyWith({ travelPausesResolution: true }), "12:00"), "resolution");
    expect(res).toMatchObject({ state: "running", usedMs: 150 * 60_000 });
    expect(res.segments.map((s) => [s.running, s.cause])).toEqual([
      [true, "ticket opened"],
      [false, "technician travelling"],
      [true, "technician arrived"],
    ]);
  });

  it("with travelPausesResolution off (the default), travel counts like any other time", () => {
    const res = clock(fold(day, policyWith({}), "12:00"), "resolution");
    expect(res).toMatchObject({ state: "running", usedMs: 180 * 60_000 });
  });

  it("a cancelled trip ends the travel pause", () => {
    const events = [opened, visit("09:20", "travel_started"), visit("09:40", "cancelled")];
    const res = clock(fold(events, policyWith({ travelPausesResolution: true }), "10:00"), "resolution");
    expect(res.usedMs).toBe(40 * 60_000);
  });

  it("travel while the ticket waits on the customer keeps the status pause, and resolving while travelling stops the clock", () => {
    const policy = policyWith({ travelPausesResolution: true });
    const waiting = [opened, toStatus("09:10", "new", "pending"), visit("09:20", "travel_started")];
    const arrived = [...waiting, visit("09:50", "arrived")];
    expect(clock(fold(arrived, policy, "10:00"), "resolution")).toMatchObject({ state: "paused", usedMs: 10 * 60_000 });
    const resumed = [...arrived, toStatus("10:00", "pending", "open")];
    expect(clock(fold(resumed, policy, "10:30"), "resolution").usedMs).toBe(40 * 60_000);
    const resolved = [opened, visit("09:20", "travel_started"), toStatus("09:30", "new", "resolved")];
    const stopped = [...resolved, visit("09:50", "arrived")];
    expect(clock(fold(stopped, policy, "10:00"), "resolution")).toMatchObject({
      state: "stopped",
      usedMs: 20 * 60_000,
    });
  });

  it("a status change back to open while the technician is still on the road keeps the travel pause", () => {
    const policy = policyWith({ travelPausesResolution: true });
    const events = [
      opened,
      toStatus("09:05", "new", "pending"),
      visit("09:20", "travel_started"),
      toStatus("09:30", "pending", "open"),
      visit("09:50", "arrived"),
    ];
    expect(clock(fold(events, policy, "10:00"), "resolution").usedMs).toBe(15 * 60_000);
  });
});
