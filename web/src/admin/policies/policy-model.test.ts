import { describe, expect, it } from "vitest";
import type { PolicyDefinition } from "../types.ts";
import {
  cleanConditions,
  definitionFromState,
  newDefinitionState,
  newLevel,
  stateFromDefinition,
} from "./policy-model.ts";

const target = (firstResponseMinutes: number, resolutionMinutes: number, nextReplyMinutes: number | null) => ({
  firstResponseMinutes,
  resolutionMinutes,
  nextReplyMinutes,
  calendarId: "cal-1",
});

const standard: PolicyDefinition = {
  targets: {
    critical: target(5, 60, 30),
    high: target(10, 240, 60),
    medium: target(60, 480, null),
    low: target(120, 1440, null),
  },
  pauseStatuses: ["pending", "on_hold"],
  remoteStartCountsAsResponse: false,
  warningShares: [0.5, 0.75, 0.9],
  arrivalCountsAsResponse: false,
  travelPausesResolution: false,
  escalations: [
    {
      level: 1,
      clock: "first_response",
      offsetMinutes: -10,
      actions: [{ type: "notify", who: ["assignee", "group_lead"], managerIds: [], channels: ["in_app", "email"] }],
    },
    {
      level: 2,
      clock: "resolution",
      offsetMinutes: 30,
      actions: [
        {
          type: "notify",
          who: ["managers"],
          managerIds: ["p-9"],
          channels: ["webhook"],
          webhookUrl: "https://hooks.example.com/sla",
        },
        { type: "raise_priority" },
      ],
    },
  ],
};

describe("the policy editor holds a definition and gives it back unchanged", () => {
  it("a saved policy opened and saved again is the same definition", () => {
    expect(definitionFromState(stateFromDefinition(standard))).toEqual(standard);
  });

  it("shows each warning as a percent of the target, and sends it back as a share", () => {
    const state = stateFromDefinition({ ...standard, warningShares: [0.333, 0.75] });
    expect(state.warningShares).toEqual(["33.3", "75"]);
    // Percent back to a share is a division: 33.3 % reads back within a float's last digit of 0.333.
    const [third, threeQuarters] = definitionFromState(state).warningShares;
    expect(third).toBeCloseTo(0.333, 12);
    expect(threeQuarters).toBe(0.75);
  });

  it("levels open in level order and are numbered by their row when sent", () => {
    const reversed = { ...standard, escalations: [...standard.escalations].reverse() };
    const state = stateFromDefinition(reversed);
    expect(state.escalations.map((l) => l.clock)).toEqual(["first_response", "resolution"]);
    state.escalations.push(newLevel());
    expect(definitionFromState(state).escalations.map((l) => l.level)).toEqual([1, 2, 3]);
  });
});

describe("what an admin types becomes what the API reads", () => {
  it("an empty next-reply target means no next-reply clock", () => {
    const state = newDefinitionState("cal-1");
    expect(definitionFromState(state).targets.medium.nextReplyMinutes).toBeNull();
  });

  it("an empty required target goes as null, so the server names that field", () => {
    const state = newDefinitionState("cal-1");
    state.targets.high.firstResponse = "  ";
    expect(definitionFromState(state).targets.high.firstResponseMinutes).toBeNull();
  });

  it("numbers may be typed with a decimal comma and spaces", () => {
    const state = newDefinitionState("cal-1");
    state.targets.low.resolution = " 1440 ";
    state.warningShares = ["62,5"];
    const sent = definitionFromState(state);
    expect(sent.targets.low.resolutionMinutes).toBe(1440);
    expect(sent.warningShares).toEqual([0.625]);
  });

  it("a blank webhook address is left out", () => {
    const state = stateFromDefinition(standard);
    const notify = state.escalations[1]!.actions[0]!;
    notify.webhookUrl = "   ";
    expect(definitionFromState(state).escalations[1]!.actions[0]).not.toHaveProperty("webhookUrl");
  });

  it("a new policy starts from the published targets on the given calendar", () => {
    const sent = definitionFromState(newDefinitionState("cal-7"));
    expect(sent.targets.critical).toEqual({
      firstResponseMinutes: 5,
      resolutionMinutes: 60,
      nextReplyMinutes: null,
      calendarId: "cal-7",
    });
    expect(sent.targets.low).toMatchObject({ firstResponseMinutes: 120, resolutionMinutes: 1440 });
    expect(sent.warningShares).toEqual([0.5, 0.75, 0.9]);
    expect(sent.escalations).toEqual([]);
  });
});

describe("policy conditions", () => {
  it("send only the lists that narrow something (an empty list means any)", () => {
    expect(
      cleanConditions({ organizationIds: [], types: ["incident"], categoryIds: [], channels: ["email", "portal"] }),
    ).toEqual({ types: ["incident"], channels: ["email", "portal"] });
    expect(cleanConditions({})).toEqual({});
  });
});
