import { describe, expect, it } from "vitest";
import { AGENT, History, T, WEEK } from "../../../test/support/histories.ts";
import { computeIndicators } from "./indicators.ts";

const G1 = "00000000-0000-4000-8000-0000000000a1";
const G2 = "00000000-0000-4000-8000-0000000000a2";

describe("time per tier (OLA)", () => {
  it("sums the business time each tier's groups held a resolved ticket while it was worked, against the group's target", () => {
    // Tier 1 holds it 10:00–11:00; tier 2 11:00–12:00 and, after waiting on the customer 12:00–14:00, 14:00–15:00.
    const moved = new History(T("10:00"), { groupId: G1 })
      .change(T("11:00"), AGENT, { groupId: G2 })
      .status(T("12:00"), "pending")
      .status(T("14:00"), "open")
      .status(T("15:00"), "resolved")
      .ticket(1);
    // Tier 1 alone, 30 minutes; and a ticket still open, which is not counted.
    const quick = new History(T("10:00", "03"), { groupId: G1 }).status(T("10:30", "03"), "resolved").ticket(2);
    const open = new History(T("10:00", "04"), { groupId: G2 }).ticket(3);
    const groups = new Map([
      [G1, { tier: 1, calendarId: null, minutes: {} }],
      [G2, { tier: 2, calendarId: null, minutes: { medium: 90 } }],
    ]);
    const input = { tickets: [moved, quick, open], escalations: [], ratings: [], groups };
    const report = computeIndicators(input, WEEK, T("12:00", "20").getTime());
    expect(report.escalations.time_per_tier).toEqual({
      "1": { tickets: 2, business_minutes: { mean: 45, median: 45, p90: 60 }, exceeded: 0 },
      "2": { tickets: 1, business_minutes: { mean: 120, median: 120, p90: 120 }, exceeded: 1 },
    });
  });
});
