import { describe, expect, it } from "vitest";
import { ALWAYS, calendars, History, OFFICE, T, WEEK } from "../../../test/support/histories.ts";
import { PolicyDefinition } from "../../sla/policy/policy.ts";
import { replayUnderDraft } from "./what-if.ts";

const NOW = T("12:00", "20");

// The real policy (test/support/histories.ts): medium 60 / 480 and high 10 / 240 on office hours (Mon–Fri
// 09:00–18:00 Karachi), low 120 / 1440 on office hours; pending and on hold pause the resolution clock.
// The draft: medium answers in 30 and resolves in 300, high answers in 60, low runs 24×7 with 30 minutes to
// answer, and only "on hold" pauses.
const draft = PolicyDefinition.parse({
  targets: {
    critical: { firstResponseMinutes: 5, resolutionMinutes: 60, calendarId: ALWAYS },
    high: { firstResponseMinutes: 60, resolutionMinutes: 240, calendarId: OFFICE },
    medium: { firstResponseMinutes: 30, resolutionMinutes: 300, calendarId: OFFICE },
    low: { firstResponseMinutes: 30, resolutionMinutes: 1440, calendarId: ALWAYS },
  },
  pauseStatuses: ["on_hold"],
});

const week = [
  // #1 medium, answered after 40 minutes: met under 60, breached under 30. Resolved after 120: met both ways.
  new History(T("10:00")).reply(T("10:40")).status(T("12:00"), "resolved").ticket(1),
  // #2 medium, answered in 20; waiting on the customer 10:30–15:30, resolved at 16:00: 60 business minutes with the
  // pause, 360 without it — over the draft's 300.
  new History(T("10:00", "03"))
    .reply(T("10:20", "03"))
    .status(T("10:20", "03"), "open")
    .status(T("10:30", "03"), "pending")
    .status(T("15:30", "03"), "open")
    .status(T("16:00", "03"), "resolved")
    .ticket(2),
  // #3 high, opened Thursday 17:30 and answered Friday 09:15: 45 business minutes, breached under 10, met under 60;
  // resolved at 10:00 (90 of 240 both ways).
  new History(T("17:30", "05"), { priority: "high" })
    .reply(T("09:15", "06"))
    .status(T("10:00", "06"), "resolved")
    .ticket(3),
  // #4 low, opened Saturday 10:00 and answered at 11:00: no office time has passed (met), but an hour of a 24×7
  // calendar is over the draft's 30 minutes; resolved at 11:30, met both ways.
  new History(T("10:00", "07"), { priority: "low" })
    .reply(T("11:00", "07"))
    .status(T("11:30", "07"), "resolved")
    .ticket(4),
  // #5 medium, answered in 10 and resolved after the week: its response counts, its resolution does not.
  new History(T("10:00", "06")).reply(T("10:10", "06")).status(T("10:00", "10"), "resolved").ticket(5),
  // #6 without an SLA: nothing to replay.
  new History(T("10:00")).reply(T("13:00")).ticket(6, false),
];

describe("SLA what-if: a past week replayed under a draft policy", () => {
  const answer = replayUnderDraft(week, { policy: draft, calendars }, WEEK, NOW.getTime());

  it("replays every ticket with an SLA and leaves the others out", () => {
    expect(answer.tickets).toBe(5);
  });

  it("sets the compliance the week had beside the compliance it would have had", () => {
    expect(answer.actual).toMatchObject({
      response_met_rate: 0.8,
      resolution_met_rate: 1,
      response_count: 5,
      resolution_count: 4,
    });
    expect(answer.draft).toMatchObject({
      response_met_rate: 0.6,
      resolution_met_rate: 0.75,
      response_count: 5,
      resolution_count: 4,
    });
  });

  it("answers per priority both ways", () => {
    expect(answer.actual.by_priority.medium).toMatchObject({ response_met_rate: 1, resolution_met_rate: 1, count: 3 });
    expect(answer.draft.by_priority.medium).toMatchObject({
      response_met_rate: 0.6667,
      resolution_met_rate: 0.5,
      count: 3,
    });
    expect(answer.actual.by_priority.high).toMatchObject({ response_met_rate: 0, resolution_met_rate: 1 });
    expect(answer.draft.by_priority.high).toMatchObject({ response_met_rate: 1, resolution_met_rate: 1 });
    expect(answer.actual.by_priority.low).toMatchObject({ response_met_rate: 1 });
    expect(answer.draft.by_priority.low).toMatchObject({ response_met_rate: 0 });
    expect(answer.draft.by_priority.critical).toMatchObject({ response_met_rate: null, count: 0 });
  });

  it("names each clock that would flip, both ways, by ticket number", () => {
    expect(answer.flips.map((f) => [f.number, f.priority, f.clock, f.actual, f.draft])).toEqual([
      [1, "medium", "first_response", "met", "breached"],
      [2, "medium", "resolution", "met", "breached"],
      [3, "high", "first_response", "breached", "met"],
      [4, "low", "first_response", "met", "breached"],
    ]);
  });

  it("the draft of the policy in force changes nothing", () => {
    const same = replayUnderDraft(week, week[0]!.sla!, WEEK, NOW.getTime());
    expect(same.flips).toEqual([]);
    expect(same.draft).toEqual(same.actual);
  });
});
