import { describe, expect, it } from "vitest";
import type { RemoteSessionData, TicketEvent } from "../../tickets/ticket/events.ts";
import { ALWAYS, baseFields as fields, calendars } from "../../../test/support/histories.ts";
import { PolicyDefinition } from "../policy/policy.ts";
import { foldClocks } from "./clocks.ts";

const target = { firstResponseMinutes: 60, resolutionMinutes: 480, calendarId: ALWAYS };
const policyWith = (remoteStartCountsAsResponse?: boolean) =>
  PolicyDefinition.parse({
    targets: { critical: target, high: target, medium: target, low: target },
    ...(remoteStartCountsAsResponse === undefined ? {} : { remoteStartCountsAsResponse }),
  });

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute));
const session = (minute: number, action: RemoteSessionData["action"]): TicketEvent => ({
  type: "remote_session",
  at: at(minute),
  actorId: "a",
  data: { sessionId: "s1", tool: "RustDesk", action, ...(action === "consented" ? { via: "portal" as const } : {}) },
});
const history: TicketEvent[] = [
  { type: "created", at: at(0), actorId: "r", data: { fields, fromStaff: false } },
  session(5, "requested"),
  session(10, "consented"),
  session(20, "started"),
];
const firstResponse = (remote?: boolean) =>
  foldClocks(history, { policy: policyWith(remote), calendars, now: at(50).getTime() }).clocks.find(
    (c) => c.kind === "first_response",
  )!;

describe("a remote session's start as the first response (remoteStartCountsAsResponse)", () => {
  it("on: the start stops the first-response clock, met", () => {
    expect(firstResponse(true)).toMatchObject({
      state: "stopped",
      stoppedAt: at(20).getTime(),
      stopCause: "remote session started (RustDesk)",
      outcome: "met",
    });
  });

  it("off (the default, and definitions stored before the setting): the clock runs on", () => {
    expect(firstResponse(false)).toMatchObject({ state: "running", stoppedAt: null, outcome: "pending" });
    expect(firstResponse()).toMatchObject({ state: "running", outcome: "pending" });
  });

  it("asking for a session or getting consent is never a response", () => {
    const early = foldClocks(history.slice(0, 3), {
      policy: policyWith(true),
      calendars,
      now: at(50).getTime(),
    }).clocks.find((c) => c.kind === "first_response")!;
    expect(early.state).toBe("running");
  });
});
