import { describe, expect, it } from "vitest";
import { lastCompletedPeriod, periodInstants } from "./pack-period.ts";

describe("the period a scheduled pack covers", () => {
  it("is the last whole month that has ended", () => {
    expect(lastCompletedPeriod("monthly", new Date("2026-04-01T00:00:00Z"), "UTC")).toEqual({
      from: "2026-03-01",
      to: "2026-04-01",
    });
    expect(lastCompletedPeriod("monthly", new Date("2026-04-30T23:59:59Z"), "UTC")).toEqual({
      from: "2026-03-01",
      to: "2026-04-01",
    });
  });

  it("reaches back over the new year", () => {
    expect(lastCompletedPeriod("monthly", new Date("2027-01-15T08:00:00Z"), "UTC")).toEqual({
      from: "2026-12-01",
      to: "2027-01-01",
    });
    expect(lastCompletedPeriod("quarterly", new Date("2027-02-10T00:00:00Z"), "UTC")).toEqual({
      from: "2026-10-01",
      to: "2027-01-01",
    });
  });

  it("is the last whole calendar quarter that has ended", () => {
    expect(lastCompletedPeriod("quarterly", new Date("2026-04-01T00:00:00Z"), "UTC")).toEqual({
      from: "2026-01-01",
      to: "2026-04-01",
    });
    expect(lastCompletedPeriod("quarterly", new Date("2026-06-30T12:00:00Z"), "UTC")).toEqual({
      from: "2026-01-01",
      to: "2026-04-01",
    });
    expect(lastCompletedPeriod("quarterly", new Date("2026-12-31T23:00:00Z"), "UTC")).toEqual({
      from: "2026-07-01",
      to: "2026-10-01",
    });
  });
});

describe("in the desk's time zone", () => {
  it("ends a month at midnight in Karachi (UTC+5), hours before UTC's midnight", () => {
    // 2026-03-31T19:30Z is 00:30 on April the 1st in Karachi: March is over there, not yet in UTC.
    const now = new Date("2026-03-31T19:30:00Z");
    expect(lastCompletedPeriod("monthly", now, "Asia/Karachi")).toEqual({ from: "2026-03-01", to: "2026-04-01" });
    expect(lastCompletedPeriod("monthly", now, "UTC")).toEqual({ from: "2026-02-01", to: "2026-03-01" });
    expect(lastCompletedPeriod("quarterly", now, "Asia/Karachi")).toEqual({ from: "2026-01-01", to: "2026-04-01" });
  });

  it("ends a month later west of Greenwich, and after the year in New York", () => {
    // 2027-01-01T03:00Z is still New Year's Eve (22:00) in New York: December is not over there.
    const now = new Date("2027-01-01T03:00:00Z");
    expect(lastCompletedPeriod("monthly", now, "America/New_York")).toEqual({
      from: "2026-11-01",
      to: "2026-12-01",
    });
    expect(lastCompletedPeriod("monthly", now, "UTC")).toEqual({ from: "2026-12-01", to: "2027-01-01" });
  });

  it("bounds the period's days by the zone's midnights, daylight saving included", () => {
    expect(periodInstants({ from: "2026-03-01", to: "2026-04-01" }, "Asia/Karachi")).toEqual({
      from: new Date("2026-02-28T19:00:00Z"),
      to: new Date("2026-03-31T19:00:00Z"),
    });
    // New York moves to daylight time on 2026-03-08: March begins at -05:00 and ends at -04:00.
    expect(periodInstants({ from: "2026-03-01", to: "2026-04-01" }, "America/New_York")).toEqual({
      from: new Date("2026-03-01T05:00:00Z"),
      to: new Date("2026-04-01T04:00:00Z"),
    });
  });
});
