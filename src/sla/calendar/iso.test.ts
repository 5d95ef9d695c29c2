import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileCalendar } from "./compile.ts";
import { formatInstant, parseInstant } from "./iso.ts";

const utc = Date.UTC; // tests may use Date as an oracle

describe("parseInstant", () => {
  it.each([
    ["2026-01-05T10:30:00+05:00", utc(2026, 0, 5, 5, 30)],
    ["2026-01-05T05:30:00Z", utc(2026, 0, 5, 5, 30)],
    ["2026-01-05T05:30:00.5Z", utc(2026, 0, 5, 5, 30, 0, 500)],
    ["2026-01-05T05:30:00.123999Z", utc(2026, 0, 5, 5, 30, 0, 123)], // below-millisecond digits truncated
    ["2026-01-04T19:30:00-10:00", utc(2026, 0, 5, 5, 30)],
    ["2026-01-05T10:30+05:00", utc(2026, 0, 5, 5, 30)], // through Temporal
    ["2026-01-05T10:30:00+05:00[Asia/Karachi]", utc(2026, 0, 5, 5, 30)],
  ])("%s", (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });

  it.each(["2026-01-05T10:30:00", "2026-02-30T10:00:00Z", "2026-01-05T25:00:00Z", "tomorrow", ""])(
    "rejects %j",
    (text) => {
      expect(() => parseInstant(text)).toThrow(RangeError);
    },
  );
});

describe("formatInstant", () => {
  it("prints the zone's offset, with milliseconds only when non-zero", () => {
    const karachi = compileCalendar({ timezone: "Asia/Karachi", always: true });
    expect(formatInstant(karachi, utc(2026, 0, 5, 5, 30))).toBe("2026-01-05T10:30:00+05:00");
    expect(formatInstant(karachi, utc(2026, 0, 5, 5, 30, 0, 7))).toBe("2026-01-05T10:30:00.007+05:00");
    const ny = compileCalendar({ timezone: "America/New_York", always: true });
    expect(formatInstant(ny, utc(2026, 6, 1, 0, 0))).toBe("2026-06-30T20:00:00-04:00");
    const chatham = compileCalendar({ timezone: "Pacific/Chatham", always: true });
    expect(formatInstant(chatham, utc(2026, 0, 1))).toBe("2026-01-01T13:45:00+13:45");
    const utcCalendar = compileCalendar({ timezone: "UTC", always: true });
    expect(formatInstant(utcCalendar, utc(2026, 0, 1))).toBe("2026-01-01T00:00:00+00:00");
  });

  it("keeps seconds of historic offsets so the string stays exact (Monrovia, 1971)", () => {
    const monrovia = compileCalendar({ timezone: "Africa/Monrovia", always: true });
    expect(formatInstant(monrovia, utc(1971, 0, 1))).toBe("1970-12-31T23:15:30-00:44:30");
    expect(parseInstant("1970-12-31T23:15:30-00:44:30")).toBe(utc(1971, 0, 1));
  });

  it("round-trips through parseInstant in zones with DST", () => {
    const zones = ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Chatham"].map((timezone) =>
      compileCalendar({ timezone, always: true }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: utc(1970, 0, 2), max: utc(2200, 11, 30) }),
        (calendar, ms) => {
          expect(parseInstant(formatInstant(calendar, ms))).toBe(ms);
        },
      ),
      { numRuns: 200 },
    );
  });
});
