import { describe, expect, it } from "vitest";
import type { Calendar } from "../calendar/index.ts";
import { localDate, publishedHolidays, publishedSpecialHours, publishedWeek, shiftDate } from "./published-calendar.ts";

const OFFICE: Calendar = {
  timezone: "Asia/Karachi",
  weekly: {
    mon: [["09:00", "18:00"]],
    tue: [
      ["14:00", "18:00"],
      ["09:00", "13:00"],
    ],
    fri: [["09:00", "12:30"]],
    sat: [],
  },
  holidays: [
    "2026-03-23",
    { date: "2026-03-20", name: "Eid ul-Fitr" },
    { date: "2025-08-14", name: "Independence Day", recurring: true },
    { date: "2024-02-29", name: "Leap day", recurring: true },
    { date: "2025-12-25", name: "Last year" },
  ],
};

describe("published calendar", () => {
  it("lists ISO weekdays Monday = 1 … Sunday = 7 with sorted ranges; closed days empty", () => {
    const week = publishedWeek(OFFICE);
    expect(week.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(week[0]).toEqual({ day: 1, ranges: [{ start: "09:00", end: "18:00" }] });
    expect(week[1]!.ranges).toEqual([
      { start: "09:00", end: "13:00" },
      { start: "14:00", end: "18:00" },
    ]);
    expect(week[2]).toEqual({ day: 3, ranges: [] });
    expect(week[6]).toEqual({ day: 7, ranges: [] });
  });

  it("shows a 24×7 calendar open 00:00–24:00 every day, with no holidays", () => {
    const always: Calendar = { timezone: "UTC", always: true, holidays: ["2026-03-23"] };
    expect(publishedWeek(always).every((d) => d.ranges[0]!.start === "00:00" && d.ranges[0]!.end === "24:00")).toBe(
      true,
    );
    expect(publishedHolidays(always, "2026-03-02")).toEqual([]);
  });

  it("lists the holidays of the next 12 months, recurring ones spelled out, oldest first", () => {
    expect(publishedHolidays(OFFICE, "2026-03-02")).toEqual([
      { date: "2026-03-20", name: "Eid ul-Fitr" },
      { date: "2026-03-23", name: "Holiday" },
      { date: "2026-08-14", name: "Independence Day" },
    ]);
    // From 15 August: next year's 14 August is the window's last day, and 2027-02-29 does not exist.
    expect(publishedHolidays(OFFICE, "2026-08-15").map((h) => h.date)).toEqual(["2027-08-14"]);
    expect(publishedHolidays(OFFICE, "2026-08-14").map((h) => h.date)).toEqual(["2026-08-14"]);
    // A leap year inside the window gets its 29 February.
    expect(publishedHolidays(OFFICE, "2027-06-01").map((h) => h.date)).toEqual(["2027-08-14", "2028-02-29"]);
  });

  it("reads local dates in the calendar's zone and moves them by days and months", () => {
    // 2026-03-02T20:00Z is already 3 March in Karachi (UTC+5).
    expect(localDate(Date.parse("2026-03-02T20:00:00Z"), "Asia/Karachi")).toBe("2026-03-03");
    expect(localDate(Date.parse("2026-03-02T20:00:00Z"), "UTC")).toBe("2026-03-02");
    expect(shiftDate("2026-03-02", { days: 90 })).toBe("2026-05-31");
    expect(shiftDate("2026-01-31", { months: 1 })).toBe("2026-02-28");
  });

  it("lists the dates with their own hours in the next 12 months; a holiday with its own hours is not shown closed", () => {
    const ramadan: Calendar = {
      ...OFFICE,
      overrides: {
        "2026-03-23": [["10:00", "13:00"]],
        "2026-03-04": [
          ["14:00", "15:00"],
          ["10:00", "13:00"],
        ],
        "2026-03-07": [],
        "2025-03-04": [],
        "2027-03-02": [],
      },
    };
    expect(publishedSpecialHours(ramadan, "2026-03-02")).toEqual([
      {
        date: "2026-03-04",
        ranges: [
          { start: "10:00", end: "13:00" },
          { start: "14:00", end: "15:00" },
        ],
      },
      { date: "2026-03-07", ranges: [] },
      { date: "2026-03-23", ranges: [{ start: "10:00", end: "13:00" }] },
    ]);
    expect(publishedHolidays(ramadan, "2026-03-02").map((h) => h.date)).toEqual(["2026-03-20", "2026-08-14"]);
    expect(publishedSpecialHours(OFFICE, "2026-03-02")).toEqual([]);
  });
});
