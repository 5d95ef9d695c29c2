import { describe, expect, it } from "vitest";
import type { TicketEvent } from "../../tickets/ticket/events.ts";
import { ALWAYS, baseFields as fields, calendars } from "../../../test/support/histories.ts";
import { PolicyDefinition } from "../policy/policy.ts";
import { foldClocks } from "./clocks.ts";

// docs/decisions/0014: a WhatsApp template is a pre-approved notice with blanks filled in, not an answer.
const target = { firstResponseMinutes: 60, resolutionMinutes: 480, nextReplyMinutes: 30, calendarId: ALWAYS };
const policy = PolicyDefinition.parse({ targets: { critical: target, high: target, medium: target, low: target } });
const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute));
const template = (minute: number): TicketEvent => ({
  type: "whatsapp_template",
  at: at(minute),
  actorId: "agent",
  data: { messageId: "m1", name: "follow_up", language: "en_US", parameters: ["#12"] },
});
const reply = (minute: number, fromStaff: boolean): TicketEvent => ({
  type: "replied",
  at: at(minute),
  actorId: fromStaff ? "agent" : "r",
  data: { body: "…", channel: "whatsapp", attachmentIds: [], fromStaff },
});
const created: TicketEvent = {
  type: "created",
  at: at(0),
  actorId: "r",
  data: { fields: { ...fields, channel: "whatsapp" }, fromStaff: false },
};
const clocksOf = (history: TicketEvent[], now: number) =>
  foldClocks(history, { policy, calendars, now: at(now).getTime() }).clocks;

describe("a WhatsApp template on the clocks", () => {
  it("does not stop the first-response clock: it runs on and breaches at its target", () => {
    const first = clocksOf([created, template(20)], 90).find((c) => c.kind === "first_response")!;
    expect(first).toMatchObject({ state: "running", stoppedAt: null, outcome: "breached" });
  });

  it("leaves the first response to the agent's own reply after it", () => {
    const first = clocksOf([created, template(20), reply(40, true)], 90).find((c) => c.kind === "first_response")!;
    expect(first).toMatchObject({ state: "stopped", stoppedAt: at(40).getTime(), outcome: "met" });
  });

  it("does not answer the requester's next message either (the next-reply clock runs on)", () => {
    const clocks = clocksOf([created, reply(10, true), reply(20, false), template(30)], 50);
    const next = clocks.find((c) => c.kind === "next_reply");
    expect(next).toMatchObject({ state: "running", stoppedAt: null });
  });
});
