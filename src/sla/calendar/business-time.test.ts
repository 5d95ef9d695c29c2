import { describe, expect, it } from "vitest";
import type { Calendar } from "./calendar.ts";
import { compileCalendar } from "./compile.ts";
import type { CompiledCalendar } from "./compile.ts";
import { BusinessTimeRangeError, MAX_DURATION_MS, add, elapsed, isOpen } from "./business-time.ts";
import { formatInstant, parseInstant } from "./iso.ts";

const MIN = 60_000;
const HOUR = 60 * MIN;
const at = parseInstant;

/** Karachi (UTC+5, no DST), Mon–Fri 09:00–18:00 with a lunch-free day, Christmas and a recurring 14 August. */
const karachi = compileCalendar({
  timezone: "Asia/Karachi",
  weekly: {
    mon: [["09:00", "18:00"]],
    tue: [["09:00", "18:00"]],
    wed: [["09:00", "18:00"]],
    thu: [["09:00", "18:00"]],
    fri: [["09:00", "18:00"]],
  },
  holidays: ["2026-12-25", { date: "2020-08-14", name: "Independence Day", recurring: true }],
});

function calendar(
  timezone: string,
  weekly: Record<string, [string, string][]>,
  holidays: unknown[] = [],
): CompiledCalendar {
  return compileCalendar({ timezone, weekly, holidays } as Calendar);
}

/** add, printed in the calendar's zone so failures read like the spec. */
function deadline(c: CompiledCalendar, start: string, minutes: number): string {
  return formatInstant(c, add(c, at(start), Math.round(minutes * MIN)));
}

describe("add: business time is real time inside opening ranges", () => {
  it("counts inside a day", () => {
    expect(deadline(karachi, "2026-01-05T10:30:00+05:00", 90)).toBe("2026-01-05T12:00:00+05:00");
  });

  it("carries over the night and the weekend", () => {
    expect(deadline(karachi, "2026-01-05T17:00:00+05:00", 120)).toBe("2026-01-06T10:00:00+05:00");
    expect(deadline(karachi, "2026-01-09T17:00:00+05:00", 120)).toBe("2026-01-12T10:00:00+05:00");
  });

  it("skips the gap between several ranges of a day", () => {
    const lunch = calendar("UTC", {
      mon: [
        ["09:00", "12:00"],
        ["13:00", "18:00"],
      ],
    });
    expect(deadline(lunch, "2026-01-05T11:00:00Z", 120)).toBe("2026-01-05T14:00:00+00:00");
  });

  it("skips one-off holidays and recurring ones every year", () => {
    expect(deadline(karachi, "2026-12-24T17:00:00+05:00", 120)).toBe("2026-12-28T10:00:00+05:00");
    expect(deadline(karachi, "2025-08-13T17:00:00+05:00", 120)).toBe("2025-08-15T10:00:00+05:00");
    expect(deadline(karachi, "2030-08-13T17:00:00+05:00", 120)).toBe("2030-08-15T10:00:00+05:00");
  });

  it("observes a recurring 29 February only in leap years", () => {
    const leap = calendar(
      "UTC",
      {
        mon: [["09:00", "17:00"]],
        tue: [["09:00", "17:00"]],
        wed: [["09:00", "17:00"]],
        thu: [["09:00", "17:00"]],
        fri: [["09:00", "17:00"]],
      },
      [{ date: "2024-02-29", recurring: true }],
    );
    expect(deadline(leap, "2028-02-28T16:00:00Z", 120)).toBe("2028-03-01T10:00:00+00:00");
    expect(deadline(leap, "2027-02-26T16:00:00Z", 120)).toBe("2027-03-01T10:00:00+00:00");
  });
});

describe("add: a start outside opening hours begins counting at the next opening", () => {
  it.each([
    ["before opening", "2026-01-05T07:00:00+05:00", "2026-01-05T10:00:00+05:00"],
    ["after closing", "2026-01-05T20:00:00+05:00", "2026-01-06T10:00:00+05:00"],
    ["exactly at closing", "2026-01-05T18:00:00+05:00", "2026-01-06T10:00:00+05:00"],
    ["on a weekend", "2026-01-10T12:00:00+05:00", "2026-01-12T10:00:00+05:00"],
    ["on a holiday", "2026-12-25T12:00:00+05:00", "2026-12-28T10:00:00+05:00"],
    ["exactly at opening", "2026-01-05T09:00:00+05:00", "2026-01-05T10:00:00+05:00"],
  ])("%s", (_, start, expected) => {
    expect(deadline(karachi, start, 60)).toBe(expected);
  });
});

describe("add: a duration ending exactly at a closing time gives that closing time", () => {
  it("returns the closing instant, not the next opening", () => {
    expect(deadline(karachi, "2026-01-05T16:00:00+05:00", 120)).toBe("2026-01-05T18:00:00+05:00");
    expect(deadline(karachi, "2026-01-09T07:00:00+05:00", 540)).toBe("2026-01-09T18:00:00+05:00");
  });

  it("one millisecond more moves into the next opening", () => {
    expect(formatInstant(karachi, add(karachi, at("2026-01-05T16:00:00+05:00"), 2 * HOUR + 1))).toBe(
      "2026-01-06T09:00:00.001+05:00",
    );
  });
});

describe("add: zero duration", () => {
  it("returns the start unchanged when the start is open", () => {
    expect(add(karachi, at("2026-01-05T10:00:00.123+05:00"), 0)).toBe(at("2026-01-05T10:00:00.123+05:00"));
  });

  it("returns the next opening when the start is closed (the clock starts when the desk opens)", () => {
    expect(deadline(karachi, "2026-01-05T18:00:00+05:00", 0)).toBe("2026-01-06T09:00:00+05:00");
    expect(deadline(karachi, "2026-01-10T03:00:00+05:00", 0)).toBe("2026-01-12T09:00:00+05:00");
  });
});

describe("local wall-clock hours across DST", () => {
  it("a range spanning a spring-forward gap lasts its real length (New York, 2026-03-08)", () => {
    const ny = calendar("America/New_York", { sun: [["01:00", "04:00"]] });
    expect(elapsed(ny, at("2026-03-08T00:00:00-05:00"), at("2026-03-08T23:00:00-04:00"))).toBe(2 * HOUR);
    expect(deadline(ny, "2026-03-07T12:00:00-05:00", 120)).toBe("2026-03-08T04:00:00-04:00");
  });

  it("a local opening time inside the gap moves forward by the gap", () => {
    const ny = calendar("America/New_York", { sun: [["02:30", "05:00"]] });
    expect(deadline(ny, "2026-03-07T12:00:00-05:00", 0)).toBe("2026-03-08T03:30:00-04:00");
    const lordHowe = calendar("Australia/Lord_Howe", { sun: [["02:10", "03:00"]] });
    expect(deadline(lordHowe, "2026-10-03T12:00:00+10:30", 0)).toBe("2026-10-04T02:40:00+11:00");
  });

  it("a range entirely inside the gap vanishes that day", () => {
    const ny = calendar("America/New_York", { sun: [["02:00", "03:00"]] });
    expect(deadline(ny, "2026-03-07T12:00:00-05:00", 30)).toBe("2026-03-15T02:30:00-04:00");
    const lordHowe = calendar("Australia/Lord_Howe", { sun: [["02:00", "02:30"]] });
    expect(deadline(lordHowe, "2026-10-03T12:00:00+10:30", 10)).toBe("2026-10-11T02:10:00+11:00");
  });

  it("a range spanning a fall-back fold lasts its real length, and ambiguous times take the earlier offset", () => {
    const ny = calendar("America/New_York", { sun: [["01:00", "02:00"]] });
    expect(elapsed(ny, at("2026-11-01T00:00:00-04:00"), at("2026-11-01T12:00:00-05:00"))).toBe(2 * HOUR);
    expect(deadline(ny, "2026-10-31T12:00:00-04:00", 0)).toBe("2026-11-01T01:00:00-04:00");
    const inFold = calendar("America/New_York", { sun: [["01:30", "01:45"]] });
    expect(deadline(inFold, "2026-10-31T12:00:00-04:00", 15)).toBe("2026-11-01T01:45:00-04:00");
  });

  it("handles 30-minute (Lord Howe) and 45-minute-offset (Chatham) shifts", () => {
    const lordHowe = calendar("Australia/Lord_Howe", { sun: [["01:00", "03:00"]] });
    expect(elapsed(lordHowe, at("2026-10-04T00:00:00+10:30"), at("2026-10-04T12:00:00+11:00"))).toBe(90 * MIN);
    const chatham = calendar("Pacific/Chatham", { sun: [["02:00", "04:00"]] });
    expect(elapsed(chatham, at("2026-09-27T00:00:00+12:45"), at("2026-09-27T12:00:00+13:45"))).toBe(HOUR);
  });

  it("a 24:00 end closes at the next local midnight and joins a range opening then", () => {
    const late = calendar("Europe/London", { fri: [["20:00", "24:00"]], sat: [["00:00", "02:00"]] });
    expect(deadline(late, "2026-01-09T23:00:00Z", 60)).toBe("2026-01-10T00:00:00+00:00");
    expect(deadline(late, "2026-01-09T23:00:00Z", 120)).toBe("2026-01-10T01:00:00+00:00");
  });
});

describe("millisecond precision", () => {
  it("keeps milliseconds of the start and of the duration", () => {
    expect(add(karachi, at("2026-01-05T10:00:00.007+05:00"), 1)).toBe(at("2026-01-05T10:00:00.008+05:00"));
    expect(elapsed(karachi, at("2026-01-05T17:59:59.999+05:00"), at("2026-01-06T09:00:00.001+05:00"))).toBe(2);
  });
});

describe("24×7 calendars", () => {
  const always = compileCalendar({ timezone: "Europe/London", always: true, holidays: ["2026-12-25"] });

  it("add is plain addition and elapsed plain subtraction, holidays ignored", () => {
    expect(add(always, at("2026-12-24T23:00:00Z"), 2 * HOUR)).toBe(at("2026-12-25T01:00:00Z"));
    expect(elapsed(always, at("2026-12-24T00:00:00Z"), at("2026-12-26T00:00:00Z"))).toBe(48 * HOUR);
    expect(isOpen(always, at("2026-12-25T12:00:00Z"))).toBe(true);
  });
});

describe("elapsed counts only open time", () => {
  it.each([
    ["inside one range", "2026-01-05T10:00:00+05:00", "2026-01-05T11:30:00+05:00", 90],
    ["from before opening", "2026-01-05T06:00:00+05:00", "2026-01-05T10:00:00+05:00", 60],
    ["over a night", "2026-01-05T17:00:00+05:00", "2026-01-06T10:00:00+05:00", 120],
    ["over a weekend", "2026-01-09T17:00:00+05:00", "2026-01-12T09:30:00+05:00", 90],
    ["entirely closed", "2026-01-10T00:00:00+05:00", "2026-01-11T23:59:00+05:00", 0],
    ["a whole week", "2026-01-05T00:00:00+05:00", "2026-01-12T00:00:00+05:00", 5 * 9 * 60],
    ["an empty span", "2026-01-05T10:00:00+05:00", "2026-01-05T10:00:00+05:00", 0],
  ])("%s", (_, from, to, minutes) => {
    expect(elapsed(karachi, at(from), at(to))).toBe(minutes * MIN);
  });

  it("is the inverse of add from any start", () => {
    const start = at("2026-01-10T03:00:00+05:00");
    expect(elapsed(karachi, start, add(karachi, start, 7 * HOUR))).toBe(7 * HOUR);
  });
});

describe("isOpen", () => {
  it("includes the opening instant and excludes the closing instant", () => {
    expect(isOpen(karachi, at("2026-01-05T09:00:00+05:00"))).toBe(true);
    expect(isOpen(karachi, at("2026-01-05T17:59:59.999+05:00"))).toBe(true);
    expect(isOpen(karachi, at("2026-01-05T18:00:00+05:00"))).toBe(false);
  });
});

describe("rejected arguments", () => {
  it("negative, fractional and non-finite durations are RangeErrors naming the duration", () => {
    expect(() => add(karachi, at("2026-01-05T10:00:00+05:00"), -1)).toThrow(BusinessTimeRangeError);
    expect(() => add(karachi, at("2026-01-05T10:00:00+05:00"), -1)).toThrow(/^duration: must not be negative/);
    expect(() => add(karachi, at("2026-01-05T10:00:00+05:00"), 0.5)).toThrow(/^duration: must be an integer/);
    expect(() => add(karachi, at("2026-01-05T10:00:00+05:00"), Number.NaN)).toThrow(RangeError);
  });

  it("more than 100 years of business time is absurd", () => {
    expect(() => add(karachi, at("2026-01-05T10:00:00+05:00"), MAX_DURATION_MS + 1)).toThrow(
      /^duration: exceeds 100 years/,
    );
  });

  it("elapsed with the end before the start is a RangeError", () => {
    expect(() => elapsed(karachi, at("2026-01-05T10:00:00+05:00"), at("2026-01-05T09:00:00+05:00"))).toThrow(
      /^end: is before start/,
    );
  });

  it("instants outside the local years 1970–2200 are RangeErrors", () => {
    expect(() => add(karachi, at("1969-12-31T23:59:59+05:00"), 0)).toThrow(
      /^start: is outside the supported years 1970–2200/,
    );
    expect(() => add(karachi, at("2201-01-01T00:00:01+05:00"), 0)).toThrow(/^start: is outside/);
    expect(() => elapsed(karachi, at("2026-01-01T00:00:00+05:00"), at("2201-06-01T00:00:00+05:00"))).toThrow(
      /^end: is outside/,
    );
    expect(add(karachi, at("1970-01-01T00:00:00+05:00"), 0)).toBe(at("1970-01-01T09:00:00+05:00"));
  });

  it("a deadline past 2200 is a RangeError", () => {
    const sparse = calendar("UTC", { sun: [["11:00", "12:00"]] });
    expect(() => add(sparse, at("2026-01-05T00:00:00Z"), 90 * 365 * 24 * HOUR)).toThrow(
      /^deadline: falls after the last supported year 2200/,
    );
    expect(() => add(karachi, at("2200-12-31T17:00:00+05:00"), 2 * HOUR)).toThrow(/^deadline: falls after/);
  });
});

describe("the compiled calendar stays bounded", () => {
  it("compiles only the years around the instants asked about, and never more than 1970–2200", () => {
    const c = calendar("Europe/London", { mon: [["09:00", "17:00"]] });
    add(c, at("2026-06-01T10:00:00Z"), HOUR);
    expect(c.window.lastYear - c.window.firstYear).toBeLessThanOrEqual(3);
    add(c, at("2200-06-01T10:00:00Z"), HOUR);
    add(c, at("1970-06-01T10:00:00Z"), HOUR);
    expect([c.window.firstYear, c.window.lastYear]).toEqual([1970, 2200]);
    expect(c.window.count).toBe(12_053); // every Monday of the 231 years
  });

  it("answers a 100-year duration by compiling geometrically more years, never past 2200", () => {
    const c = calendar("UTC", {
      mon: [["00:00", "24:00"]],
      tue: [["00:00", "24:00"]],
      wed: [["00:00", "24:00"]],
      thu: [["00:00", "24:00"]],
      fri: [["00:00", "24:00"]],
    });
    // 36,525 business days at five a week: 51,135 calendar days later.
    expect(formatInstant(c, add(c, at("2026-01-01T00:00:00Z"), MAX_DURATION_MS))).toBe("2166-01-02T00:00:00+00:00");
    expect(() => add(karachi, at("2026-01-01T00:00:00+05:00"), MAX_DURATION_MS)).toThrow(/^deadline/);
    expect(karachi.window.lastYear).toBe(2200);
  });
});
