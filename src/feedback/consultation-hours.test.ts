import { describe, expect, it } from "vitest";
import type { Calendar } from "../sla/calendar/index.ts";
import { windowOutsideHours } from "./consultation-hours.ts";

const DAY = [
  ["09:00", "13:00"],
  ["14:00", "18:00"],
] as const;
const SUPPORT: Calendar = {
  timezone: "Asia/Karachi",
  weekly: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY },
  holidays: ["2026-03-23"],
};
const on = (preferredDate: string, windowStart: string, windowEnd: string) =>
  windowOutsideHours(SUPPORT, { preferredDate, windowStart, windowEnd });

describe("a consultation window and support hours", () => {
  it("accepts a window inside one opening of the day", () => {
    expect(on("2026-03-02", "10:00", "12:00")).toBeUndefined();
    expect(on("2026-03-02", "14:00", "18:00")).toBeUndefined();
  });

  it("refuses a window that starts before opening, at its start", () => {
    expect(on("2026-03-02", "07:00", "10:00")).toEqual({
      field: "body.windowStart",
      message: "must be within support hours on 2026-03-02: 09:00–13:00, 14:00–18:00 (Asia/Karachi)",
    });
  });

  it("refuses a window that runs past closing or across the lunch break, at its end", () => {
    expect(on("2026-03-02", "17:00", "19:00")?.field).toBe("body.windowEnd");
    expect(on("2026-03-02", "12:00", "15:00")?.field).toBe("body.windowEnd");
  });

  it("refuses a weekend or a holiday at the date", () => {
    expect(on("2026-03-07", "10:00", "12:00")).toEqual({
      field: "body.preferredDate",
      message: "support is closed on 2026-03-07 (Asia/Karachi): choose a working day",
    });
    expect(on("2026-03-23", "10:00", "12:00")?.field).toBe("body.preferredDate");
  });

  it("checks nothing when no support hours are published", () => {
    expect(
      windowOutsideHours(undefined, { preferredDate: "2026-03-07", windowStart: "03:00", windowEnd: "04:00" }),
    ).toBeUndefined();
  });
});
