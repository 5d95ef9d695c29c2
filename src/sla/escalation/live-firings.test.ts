import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeLiveMessage } from "../../tickets/live/live.ts";
import type { EscalationLevel } from "../policy/policy.ts";
import type { Ticket } from "./fire-threshold.ts";
import { slaFiringMessage, thresholdName } from "./live-firings.ts";
import type { Threshold } from "./thresholds.ts";

// When a threshold fires, every open stream that may see the ticket hears one word for it (the web app translates
// common:sla.<word>) and the clock's name as the web app knows it; the ticket's access facts travel with it so each
// stream decides without a query.

const level = (n: number): EscalationLevel => ({
  level: n,
  clock: "resolution",
  offsetMinutes: 0,
  actions: [{ type: "raise_priority" }],
});

function threshold(over: Partial<Threshold>): Threshold {
  return {
    key: "k",
    clock: "resolution",
    cycle: 0,
    kind: "breach",
    share: null,
    level: null,
    usageMs: 3_600_000,
    at: Date.parse("2026-03-02T10:15:00Z"),
    clockRunning: true,
    ...over,
  };
}

describe("the name of a threshold", () => {
  it.each([
    [{ kind: "warning", share: 0.75 }, "warning_75"],
    [{ kind: "warning", share: 0.5 }, "warning_50"],
    [{ kind: "warning", share: 0.333 }, "warning_33"],
    [{ kind: "warning", share: 0.005 }, "warning_1"],
    [{ kind: "breach" }, "breach"],
    [{ kind: "visit_missed" }, "visit_missed"],
    [{ kind: "escalation", level: level(2) }, "escalation_2"],
    [{ kind: "escalation", level: level(11) }, "escalation_11"],
  ] as const)("%j is %j", (t, name) => {
    expect(thresholdName({ share: null, level: null, ...t })).toBe(name);
  });
});

describe("the live message of a firing", () => {
  const ids = { organizationId: randomUUID(), requesterId: randomUUID(), groupId: randomUUID(), assigneeId: null };
  const ticket = { id: randomUUID(), number: 1042, ...ids, followerIds: [randomUUID()] } as unknown as Ticket;

  it.each([
    ["first_response", "response"],
    ["next_reply", "next_reply"],
    ["resolution", "resolution"],
  ] as const)(
    "names the %s clock %j, the threshold, the instant it fired and who may see the ticket",
    (clock, name) => {
      const message = slaFiringMessage(ticket, threshold({ clock, kind: "warning", share: 0.9 }));
      expect(message).toEqual({
        type: "sla",
        threshold: "warning_90",
        clock: name,
        ticketId: ticket.id,
        number: 1042,
        ...ids,
        followerIds: ticket.followerIds,
        at: "2026-03-02T10:15:00.000Z",
      });
      // What every process's live channel accepts (a message it could not decode would be dropped unheard).
      expect(decodeLiveMessage(JSON.stringify(message))).toEqual(message);
    },
  );
});
