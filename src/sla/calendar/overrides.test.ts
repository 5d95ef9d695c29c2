import { describe, expect, it } from "vitest";
import type { Calendar } from "./calendar.ts";
import { CalendarValidationError, parseCalendar } from "./calendar.ts";
import { compileCalendar } from "./compile.ts";
import { add, elapsed, isOpen } from "./business-time.ts";
import { formatInstant, parseInstant } from "./iso.ts";

// Per-date hours: an override replaces the weekly hours of one local date (an empty list closes it), wins over a
// holiday on that date, and is counted by the same arithmetic as any other day.

const MIN = 60_000;
const nine = [["09:00", "18:00"]] as [string, string][];
const office = { mon: nine, tue: nine, wed: nine, thu: nine, fri: nine };

function deadline(calendar: Calendar, start: string, minutes: number): string {
  const compiled = compileCalendar(calendar);
  return formatInstant(compiled, add(compiled, parseInstant(start), minutes * MIN));
}

function minutesBetween(calendar: Calendar, from: string, to: string): number {
  return elapsed(compileCalendar(calendar), parseInstant(from), parseInstant(to)) / MIN;
}

function issuesOf(input: unknown): readonly string[] {
  try {
    parseCalendar(input, "body.definition");
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarValidationError);
    return (error as CalendarValidationError).issues;
  }
  throw new Error("expected the calendar to be rejected");
}

describe("per-date hours (overrides)", () => {
  it("a shorter Monday closes at 15:00: 60 minutes from 14:30 end at 09:30 on Tuesday", () => {
    const calendar = {
      timezone: "Asia/Karachi",
      weekly: { mon: nine, tue: nine },
      overrides: { "2026-03-02": [["10:00", "15:00"]] },
    } as Calendar;
    expect(deadline(calendar, "2026-03-02T14:30:00+05:00", 60)).toBe("2026-03-03T09:30:00+05:00");
    expect(deadline(calendar, "2026-03-02T09:00:00+05:00", 0)).toBe("2026-03-02T10:00:00+05:00");
    // Only that date: the next Monday has its weekly hours again.
    expect(deadline(calendar, "2026-03-09T14:30:00+05:00", 60)).toBe("2026-03-09T15:30:00+05:00");
  });

  it("an empty list closes a working day, and ranges open a day the week keeps closed (an extra working Saturday)", () => {
    const calendar = {
      timezone: "Asia/Karachi",
      weekly: office,
      overrides: { "2026-03-05": [], "2026-03-07": [["10:00", "14:00"]] },
    } as Calendar;
    expect(deadline(calendar, "2026-03-04T17:00:00+05:00", 120)).toBe("2026-03-06T10:00:00+05:00");
    expect(deadline(calendar, "2026-03-06T17:00:00+05:00", 120)).toBe("2026-03-07T11:00:00+05:00");
    expect(minutesBetween(calendar, "2026-03-07T00:00:00+05:00", "2026-03-08T00:00:00+05:00")).toBe(240);
  });

  it("an override wins over a holiday on the same date, fixed or recurring", () => {
    const calendar = {
      timezone: "Asia/Karachi",
      weekly: office,
      holidays: ["2026-03-04", { date: "2020-03-05", recurring: true }],
      overrides: { "2026-03-04": [["09:00", "13:00"]], "2026-03-05": [["14:00", "16:00"]] },
    } as Calendar;
    expect(minutesBetween(calendar, "2026-03-04T00:00:00+05:00", "2026-03-06T00:00:00+05:00")).toBe(240 + 120);
    expect(isOpen(compileCalendar(calendar), parseInstant("2026-03-04T10:00:00+05:00"))).toBe(true);
    // The recurring holiday still closes the same date of other years.
    expect(minutesBetween(calendar, "2027-03-05T00:00:00+05:00", "2027-03-06T00:00:00+05:00")).toBe(0);
  });

  it("an override on a daylight-saving day counts real time: 01:00–04:00 on the spring-forward Sunday in Berlin is 2 hours", () => {
    const calendar = {
      timezone: "Europe/Berlin",
      weekly: office,
      overrides: { "2026-03-29": [["01:00", "04:00"]], "2026-10-25": [["01:00", "04:00"]] },
    } as Calendar;
    expect(minutesBetween(calendar, "2026-03-29T00:00:00+01:00", "2026-03-30T00:00:00+02:00")).toBe(120);
    expect(deadline(calendar, "2026-03-29T01:30:00+01:00", 60)).toBe("2026-03-29T03:30:00+02:00");
    // Falling back, the same wall-clock hours hold 4 hours.
    expect(minutesBetween(calendar, "2026-10-25T00:00:00+02:00", "2026-10-26T00:00:00+01:00")).toBe(240);
  });

  it("rejects a date that does not exist and a bad range, naming the field; a 24×7 calendar has no hours to override", () => {
    expect(issuesOf({ timezone: "UTC", weekly: office, overrides: { "2026-02-30": [] } })).toEqual([
      'body.definition.overrides.2026-02-30: invalid date "2026-02-30" (expected an existing date YYYY-MM-DD)',
    ]);
    expect(issuesOf({ timezone: "UTC", weekly: office, overrides: { "2026-03-02": [["15:00", "10:00"]] } })).toEqual([
      "body.definition.overrides.2026-03-02[0]: empty or reversed range 15:00–10:00 (start must be before end)",
    ]);
    expect(
      issuesOf({
        timezone: "UTC",
        weekly: office,
        overrides: {
          "2026-03-02": [
            ["09:00", "12:00"],
            ["11:00", "13:00"],
          ],
        },
      }),
    ).toEqual(["body.definition.overrides.2026-03-02[1]: range 11:00–13:00 overlaps 09:00–12:00"]);
    expect(issuesOf({ timezone: "UTC", weekly: office, overrides: ["2026-03-02"] })[0]).toMatch(
      /^body\.definition\.overrides: expected an object/,
    );
    expect(issuesOf({ timezone: "UTC", always: true, overrides: { "2026-03-02": [] } })).toEqual([
      "body.definition.overrides: not allowed together with always: true (a 24×7 calendar has no hours to replace)",
    ]);
  });
});
