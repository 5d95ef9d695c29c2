import { describe, expect, it } from "vitest";
import { calendars, policy } from "../../../test/support/histories.ts";
import { syntheticHistory } from "../../seed/synthetic-history.ts";
import { computeIndicators, type IndicatorInput } from "./indicators.ts";
import { slices, trend, trendPoint } from "./trend.ts";

const DAY = 86_400_000;
const NOW = Date.parse("2026-03-20T12:00:00Z");
const cast = {
  requesters: [
    { id: "00000000-0000-4000-8000-00000000000a", organizationId: "00000000-0000-4000-8000-0000000000f1" },
    { id: "00000000-0000-4000-8000-00000000000d", organizationId: "00000000-0000-4000-8000-0000000000f2" },
  ],
  agents: ["00000000-0000-4000-8000-00000000000b", "00000000-0000-4000-8000-00000000000c"],
  firstLine: ["00000000-0000-4000-8000-0000000000a1"],
  secondLine: ["00000000-0000-4000-8000-0000000000a2"],
};

/** A synthetic year as the loader hands it over: every ticket's history cut at the period's end, on one SLA. */
function inputOf(seed: number, end: number): IndicatorInput {
  const tickets = syntheticHistory(400, seed, cast, NOW).map((t, i) => ({
    id: t.id,
    number: 10_001 + i,
    events: t.events.filter((e) => e.at.getTime() < end),
    sla: { policy, calendars },
  }));
  return { tickets: tickets.filter((t) => t.events.length > 0), escalations: [], ratings: [] };
}

describe("a trend folds each slice from the tickets that slice needs", () => {
  it.each([1, 2, 3])("and equals each slice's report over every ticket (seed %i)", (seed) => {
    // Four weeks by day and twenty weeks by week, ending two days before the synthetic year does.
    for (const [bucket, days] of [
      ["day", 28],
      ["week", 140],
    ] as const) {
      const to = Math.floor(NOW / DAY) * DAY - 2 * DAY;
      const period = { from: to - days * DAY, to };
      const input = inputOf(seed, to);
      const everyTicket = slices(period, bucket).map((slice) => trendPoint(computeIndicators(input, slice, NOW)));
      const points = trend(input, period, bucket, NOW);
      expect(points).toEqual(everyTicket);
      expect(points.some((p) => p.resolved > 0 && p.backlog > 0)).toBe(true);
    }
  });
});
