import { describe, expect, it } from "vitest";
import { CalendarValidationError, parseCalendar } from "./calendar.ts";

const weekdays = { mon: [["09:00", "18:00"]], tue: [["09:00", "18:00"]] };

function issuesOf(input: unknown): readonly string[] {
  try {
    parseCalendar(input);
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarValidationError);
    return (error as CalendarValidationError).issues;
  }
  throw new Error("expected the calendar to be rejected");
}

describe("calendar definition", () => {
  it("accepts a weekly calendar with several ranges a day, a 24:00 end, missing days and both holiday forms", () => {
    const calendar = {
      timezone: "Asia/Karachi",
      weekly: {
        mon: [
          ["13:00", "18:00"],
          ["09:00", "12:00"],
        ],
        fri: [["20:00", "24:00"]],
        sun: [],
      },
      holidays: [
        "2026-12-25",
        { date: "2026-08-14", name: "Independence Day", recurring: true },
        { date: "2024-02-29" },
      ],
    };
    expect(parseCalendar(calendar)).toEqual(calendar);
  });

  it("accepts a 24×7 calendar, with or without (ignored) holidays", () => {
    expect(parseCalendar({ timezone: "UTC", always: true })).toEqual({ timezone: "UTC", always: true });
    expect(() => parseCalendar({ timezone: "UTC", always: true, holidays: ["2026-12-25"] })).not.toThrow();
  });

  it("accepts touching ranges (one closes as the next opens)", () => {
    expect(() =>
      parseCalendar({
        timezone: "UTC",
        weekly: {
          mon: [
            ["09:00", "12:00"],
            ["12:00", "18:00"],
          ],
        },
      }),
    ).not.toThrow();
  });

  it("rejects an unknown time zone, naming the field", () => {
    expect(issuesOf({ timezone: "Mars/Olympus_Mons", weekly: weekdays })).toEqual([
      'timezone: unknown time zone "Mars/Olympus_Mons"',
    ]);
    expect(issuesOf({ weekly: weekdays })[0]).toMatch(/^timezone: /);
  });

  it("rejects malformed times and 25:00, naming the range and the end", () => {
    expect(issuesOf({ timezone: "UTC", weekly: { mon: [["25:00", "26:00"]] } })).toEqual([
      'weekly.mon[0][0]: invalid start time "25:00" (expected HH:MM, 00:00–23:59)',
      'weekly.mon[0][1]: invalid end time "26:00" (expected HH:MM, 00:01–24:00)',
    ]);
    expect(issuesOf({ timezone: "UTC", weekly: { tue: [["9:00", "18:00"]] } })[0]).toMatch(
      /^weekly\.tue\[0\]\[0\]: invalid start time "9:00"/,
    );
    expect(issuesOf({ timezone: "UTC", weekly: { tue: [["09:00", "18:60"]] } })[0]).toMatch(
      /^weekly\.tue\[0\]\[1\]: invalid end time/,
    );
    expect(issuesOf({ timezone: "UTC", weekly: { tue: [["24:00", "24:00"]] } })[0]).toMatch(
      /^weekly\.tue\[0\]\[0\]: invalid start time "24:00"/,
    );
    expect(issuesOf({ timezone: "UTC", weekly: { wed: [["09:00"]] } })[0]).toMatch(
      /^weekly\.wed\[0\]: expected a \[start, end\] pair/,
    );
  });

  it("rejects reversed and empty ranges (start must be before end)", () => {
    expect(issuesOf({ timezone: "UTC", weekly: { mon: [["18:00", "09:00"]] } })).toEqual([
      "weekly.mon[0]: empty or reversed range 18:00–09:00 (start must be before end)",
    ]);
    expect(issuesOf({ timezone: "UTC", weekly: { mon: [["09:00", "09:00"]] } })[0]).toMatch(
      /^weekly\.mon\[0\]: empty or reversed/,
    );
  });

  it("rejects overlapping ranges within a day, in whatever order they are listed", () => {
    expect(
      issuesOf({
        timezone: "UTC",
        weekly: {
          thu: [
            ["11:00", "14:00"],
            ["09:00", "12:00"],
          ],
        },
      }),
    ).toEqual(["weekly.thu[0]: range 11:00–14:00 overlaps 09:00–12:00"]);
  });

  it("rejects a calendar with no opening time at all", () => {
    expect(issuesOf({ timezone: "UTC", weekly: {} })).toEqual(["weekly: the calendar has no opening time on any day"]);
    expect(issuesOf({ timezone: "UTC", weekly: { mon: [], sun: [] } })).toEqual([
      "weekly: the calendar has no opening time on any day",
    ]);
    expect(issuesOf({ timezone: "UTC" })).toEqual(["weekly: required (or set always: true for a 24×7 calendar)"]);
  });

  it("rejects unknown weekdays and fields, and weekly hours on a 24×7 calendar", () => {
    expect(issuesOf({ timezone: "UTC", weekly: { monday: [["09:00", "18:00"]], mon: [["09:00", "18:00"]] } })).toEqual([
      'weekly: unknown weekday "monday" (use mon … sun)',
    ]);
    expect(issuesOf({ timezone: "UTC", weekly: weekdays, hours: 1 })).toEqual(['calendar: unknown field "hours"']);
    expect(issuesOf({ timezone: "UTC", always: true, weekly: weekdays })).toEqual([
      "weekly: not allowed together with always: true",
    ]);
    expect(issuesOf({ timezone: "UTC", always: false })[0]).toMatch(/^always: must be true/);
  });

  it("rejects bad holiday dates, naming the entry", () => {
    expect(
      issuesOf({
        timezone: "UTC",
        weekly: weekdays,
        holidays: ["2026-02-30", { date: "2026-13-01" }, "25/12/2026", 7],
      }),
    ).toEqual([
      'holidays[0]: invalid date "2026-02-30" (expected an existing date YYYY-MM-DD)',
      'holidays[1].date: invalid date "2026-13-01" (expected an existing date YYYY-MM-DD)',
      'holidays[2]: invalid date "25/12/2026" (expected an existing date YYYY-MM-DD)',
      'holidays[3]: expected "YYYY-MM-DD" or { date, name?, recurring? }',
    ]);
    expect(issuesOf({ timezone: "UTC", weekly: weekdays, holidays: ["2025-02-29"] })[0]).toMatch(
      /^holidays\[0\]: invalid date/,
    );
  });

  it("rejects a non-object", () => {
    expect(issuesOf("Asia/Karachi")).toEqual(["calendar: expected a calendar object"]);
    expect(issuesOf(null)).toEqual(["calendar: expected a calendar object"]);
  });

  it("prefixes paths when the caller embeds the calendar in a larger document", () => {
    expect(() => parseCalendar({ timezone: "Nowhere" }, "calendar")).toThrow(/^calendar\.timezone: unknown time zone/);
  });
});
