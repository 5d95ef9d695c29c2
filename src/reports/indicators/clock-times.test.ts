import { describe, expect, it } from "vitest";
import { AGENT, History, REQUESTER, T, WEEK } from "../../../test/support/histories.ts";
import { responseTime, resolutionTime } from "./clock-times.ts";
import { factsOf } from "./indicators.ts";
import { slaCompliance } from "./sla-compliance.ts";
import { spread } from "./stats.ts";
import { volume } from "./volume.ts";

const NOW = T("12:00", "20");

// One week of tickets, each with known response and resolution times (business minutes on Mon–Fri 09:00–18:00
// Karachi, or 24×7 for critical; wall minutes), written beside each.
const week = [
  // #1 response 30/30, resolution 120/120.
  new History(T("10:00"))
    .change(T("10:00"), AGENT, { assigneeId: AGENT })
    .reply(T("10:30"))
    .status(T("12:00"), "resolved")
    .ticket(1),
  // #2 across the night: response 30 + 30 = 60 business (exactly the target: met), 960 wall; resolution 120 / 1020.
  new History(T("17:30", "05")).reply(T("09:30", "06")).status(T("10:30", "06"), "resolved").ticket(2),
  // #3 waiting on the customer 11:00–15:00 pauses resolution: 120 business, 360 wall; response 10/10.
  new History(T("10:00", "03"))
    .reply(T("10:10", "03"))
    .status(T("10:10", "03"), "open")
    .status(T("11:00", "03"), "pending")
    .status(T("15:00", "03"), "open")
    .status(T("16:00", "03"), "resolved")
    .ticket(3),
  // #4 reopened by the requester: resolution counts 10:00–11:00 and 12:00–13:00 = 120 business, 180 wall; response 10/10.
  new History(T("10:00", "04"))
    .reply(T("10:10", "04"))
    .status(T("11:00", "04"), "resolved")
    .status(T("12:00", "04"), "open", REQUESTER)
    .status(T("13:00", "04"), "resolved")
    .ticket(4),
  // #5 raised to critical: re-targeted to 5 min on 24×7 from the start, so the 20-minute response breaches at 10:05; resolution 30/30 met.
  new History(T("10:00"))
    .change(T("10:03"), AGENT, { priority: "critical" })
    .reply(T("10:20"))
    .status(T("10:30"), "resolved")
    .ticket(5),
  // #6 answered in the week (10/10) but resolved after it: no resolution figure; in the backlog, 1–3 days old.
  new History(T("10:00", "06")).reply(T("10:10", "06")).status(T("10:00", "09"), "resolved").ticket(6),
  // #7 resolved in the week (response 30/30, resolution 60/60) and reopened after it: the week's figures do not move.
  new History(T("14:00"))
    .reply(T("14:30"))
    .status(T("15:00"), "resolved")
    .status(T("09:00", "10"), "open", REQUESTER)
    .ticket(7),
  // #8 a report linked to a major incident, resolved with it by the system: volume only.
  new History(T("11:00"), { parentId: "00000000-0000-4000-8000-00000000ffff" })
    .status(T("11:30"), "resolved", null)
    .ticket(8),
  // #9 opened the week before and never touched: backlog, 7–30 days old.
  new History(new Date("2026-02-27T10:00:00+05:00")).ticket(9),
];
const facts = factsOf({ tickets: week, escalations: [], ratings: [] }, WEEK, NOW.getTime());

describe("response and resolution time", () => {
  it("takes the mean, the median and the nearest-rank 90th percentile", () => {
    expect(spread([])).toEqual({ mean: null, median: null, p90: null });
    expect(spread([5])).toEqual({ mean: 5, median: 5, p90: 5 });
    expect(spread([10, 1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual({ mean: 5.5, median: 5.5, p90: 9 });
  });

  it("response: every ticket whose response clock stopped in the week, in business and wall minutes", () => {
    expect(responseTime(WEEK, facts)).toEqual({
      count: 7,
      business_minutes: { mean: 24.29, median: 20, p90: 60 }, // 10 10 10 20 30 30 60
      wall_minutes: { mean: 152.86, median: 20, p90: 960 }, // 10 10 10 20 30 30 960
    });
  });

  it("resolution: tickets resolved in the week as they stood at its end; pauses and closed hours count only in wall time", () => {
    expect(resolutionTime(WEEK, facts)).toEqual({
      count: 6,
      business_minutes: { mean: 95, median: 120, p90: 120 }, // 30 60 120 120 120 120
      wall_minutes: { mean: 295, median: 150, p90: 1020 }, // 30 60 120 180 360 1020
    });
  });

  it("a ticket resolved after the week counts in the next one; a ticket without an SLA has no times", () => {
    const next = { from: WEEK.to, to: WEEK.to + 7 * 86_400_000 };
    const later = factsOf({ tickets: week, escalations: [], ratings: [] }, next, NOW.getTime());
    // #6 alone: Friday 10:00–18:00 and Monday 09:00–10:00 (#7, reopened, is still open at the end of the next week).
    expect(resolutionTime(next, later)).toMatchObject({
      count: 1,
      business_minutes: { mean: 540 },
      wall_minutes: { mean: 4320 },
    });
    const withoutSla = new History(T("10:00")).reply(T("10:30")).ticket(1, false);
    const bare = factsOf({ tickets: [withoutSla], escalations: [], ratings: [] }, WEEK, NOW.getTime());
    expect(responseTime(WEEK, bare).count).toBe(0);
  });
});

describe("a period still running", () => {
  it("counts what happened up to now, a reply at this very instant included, and ages the backlog to now", () => {
    const now = T("10:30").getTime();
    const tickets = [new History(T("10:00")).reply(T("10:30")).ticket(1), new History(T("10:10")).ticket(2)];
    const running = factsOf({ tickets, escalations: [], ratings: [] }, WEEK, now);
    expect(responseTime(WEEK, running)).toMatchObject({ count: 1, business_minutes: { mean: 30 } });
    expect(volume(WEEK, running, now)).toMatchObject({ created: 2, backlog: 2, ageing: { under_1d: 2 } });
  });
});

describe("SLA compliance", () => {
  it("counts met and breached clocks per priority, a clock stopped exactly at its target as met, and lists the breaches", () => {
    const sla = slaCompliance(WEEK, facts);
    expect(sla).toMatchObject({
      response_met_rate: 0.8571,
      resolution_met_rate: 1,
      response_count: 7,
      resolution_count: 6,
    });
    expect(sla.by_priority).toEqual({
      critical: { response_met_rate: 0, resolution_met_rate: 1, count: 1, response_count: 1, resolution_count: 1 },
      high: { response_met_rate: null, resolution_met_rate: null, count: 0, response_count: 0, resolution_count: 0 },
      medium: { response_met_rate: 1, resolution_met_rate: 1, count: 6, response_count: 6, resolution_count: 5 },
      low: { response_met_rate: null, resolution_met_rate: null, count: 0, response_count: 0, resolution_count: 0 },
    });
    expect(sla.breached).toEqual([
      {
        ticket_id: week[4]!.id,
        number: 5,
        priority: "critical",
        clocks: [{ kind: "first_response", breached_at: T("10:05").toISOString() }],
      },
    ]);
  });
});

describe("volume, backlog and ageing", () => {
  it("counts tickets opened, resolved and open at the end of the week, by channel and by age", () => {
    const v = volume(WEEK, facts, NOW.getTime());
    expect(v).toMatchObject({ created: 8, resolved: 7, backlog: 2, reopened: 1 });
    expect(v.ageing).toEqual({ under_1d: 0, "1_to_3d": 1, "3_to_7d": 0, "7_to_30d": 1, over_30d: 0 });
    expect(v.by_channel.portal).toEqual({ created: 8, resolved: 7, backlog: 2 });
    expect(v.by_channel.phone).toEqual({ created: 0, resolved: 0, backlog: 0 });
  });
});
