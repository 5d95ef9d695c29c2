import { describe, expect, it } from "vitest";
import { lastCompletedPeriod } from "./pack-period.ts";

describe("the period a scheduled pack covers", () => {
  it("is the last whole month that has ended", () => {
    expect(lastCompletedPeriod("monthly", new Date("2026-04-01T00:00:00Z"))).toEqual({
      from: "2026-03-01",
      to: "2026-04-01",
    });
    expect(lastCompletedPeriod("monthly", new Date("2026-04-30T23:59:59Z"))).toEqual({
      from: "2026-03-01",
      to: "2026-04-01",
    });
  });

  it("reaches back over the new year", () => {
    expect(lastCompletedPeriod("monthly", new Date("2027-01-15T08:00:00Z"))).toEqual({
      from: "2026-12-01",
      to: "2027-01-01",
    });
    expect(lastCompletedPeriod("quarterly", new Date("2027-02-10T00:00:00Z"))).toEqual({
      from: "2026-10-01",
      to: "2027-01-01",
    });
  });

  it("is the last whole calendar quarter that has ended", () => {
    expect(lastCompletedPeriod("quarterly", new Date("2026-04-01T00:00:00Z"))).toEqual({
      from: "2026-01-01",
      to: "2026-04-01",
    });
    expect(lastCompletedPeriod("quarterly", new Date("2026-06-30T12:00:00Z"))).toEqual({
      from: "2026-01-01",
      to: "2026-04-01",
    });
    expect(lastCompletedPeriod("quarterly", new Date("2026-12-31T23:00:00Z"))).toEqual({
      from: "2026-07-01",
      to: "2026-10-01",
    });
  });
});
