import { describe, expect, it } from "vitest";
import { bucketFor, lastMonth, periodBounds, periodDays, readReportParams, reportSearch } from "./period.ts";

describe("the dashboard's period", () => {
  it("opens on last month, across a year's end too", () => {
    expect(lastMonth("2026-12-05")).toEqual({ kind: "month", start: "2026-11-01", end: "2026-11-30" });
    expect(lastMonth("2027-01-15")).toEqual({ kind: "month", start: "2026-12-01", end: "2026-12-31" });
  });

  it("turns each kind of period into bounds with the end excluded", () => {
    expect(periodBounds({ kind: "day", start: "2026-02-28", end: "" })).toEqual({
      from: "2026-02-28",
      to: "2026-03-01",
    });
    // 2026-11-05 is a Thursday: its week runs from Monday the 2nd to Sunday the 8th.
    expect(periodBounds({ kind: "week", start: "2026-11-05", end: "" })).toEqual({
      from: "2026-11-02",
      to: "2026-11-09",
    });
    expect(periodBounds({ kind: "month", start: "2026-12-17", end: "" })).toEqual({
      from: "2026-12-01",
      to: "2027-01-01",
    });
    expect(periodBounds({ kind: "custom", start: "2026-11-03", end: "2026-11-10" })).toEqual({
      from: "2026-11-03",
      to: "2026-11-11",
    });
    // A range picked backwards is the first day alone.
    expect(periodBounds({ kind: "custom", start: "2026-11-03", end: "2026-11-01" })).toEqual({
      from: "2026-11-03",
      to: "2026-11-04",
    });
  });

  it("draws a trend by day up to two months and by week beyond", () => {
    expect(bucketFor({ from: "2026-11-01", to: "2026-12-01" })).toBe("day");
    expect(bucketFor({ from: "2026-01-01", to: "2026-07-01" })).toBe("week");
  });

  it("reads back from the address what it wrote, and falls back to last month on nonsense", () => {
    const search = reportSearch(
      { kind: "week", start: "2026-11-05", end: "2026-11-05" },
      { priority: "high", groupId: "" },
    );
    expect(search).toBe("kind=week&start=2026-11-05&priority=high");
    expect(readReportParams(new URLSearchParams(search), "2026-12-05").query).toEqual({
      from: "2026-11-02",
      to: "2026-11-09",
      priority: "high",
    });
    const bad = readReportParams(new URLSearchParams("kind=year&start=yesterday"), "2026-12-05");
    expect(bad.query).toEqual({ from: "2026-11-01", to: "2026-12-01" });
  });

  it("names a period by its first and last days", () => {
    expect(periodDays({ from: "2026-11-01T00:00:00.000Z", to: "2026-12-01T00:00:00.000Z" }, "en")).toEqual({
      first: "1 Nov 2026",
      last: "30 Nov 2026",
    });
  });
});
