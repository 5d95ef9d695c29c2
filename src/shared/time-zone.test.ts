import { describe, expect, it } from "vitest";
import { formatBusinessMinutes, formatWallMinutes } from "./duration.ts";
import { formatZonedInstant, isTimeZone, zoneAbbreviation } from "./time-zone.ts";

const now = new Date("2026-12-05T08:00:00Z");

describe("times carry their zone", () => {
  it("reads an instant in the viewer's zone, with its abbreviation", () => {
    expect(formatZonedInstant("2026-12-07T06:00:00Z", { lang: "en", timeZone: "Asia/Karachi", now })).toBe(
      "Mon 7 Dec, 11:00 PKT",
    );
    expect(formatZonedInstant("2026-12-07T06:00:00Z", { lang: "en", timeZone: "Europe/Berlin", now })).toBe(
      "Mon 7 Dec, 07:00 CET",
    );
    expect(formatZonedInstant("2026-07-07T06:00:00Z", { lang: "en", timeZone: "Europe/Berlin", now })).toBe(
      "Tue 7 Jul, 08:00 CEST",
    );
    expect(formatZonedInstant("2026-12-07T06:00:00Z", { lang: "en", timeZone: "America/New_York", now })).toBe(
      "Mon 7 Dec, 01:00 EST",
    );
    expect(formatZonedInstant("2026-12-07T06:00:00Z", { lang: "en", timeZone: "UTC", now })).toBe(
      "Mon 7 Dec, 06:00 UTC",
    );
  });

  it("names the year only when it is not this year", () => {
    expect(formatZonedInstant("2027-01-04T06:00:00Z", { lang: "en", timeZone: "Asia/Karachi", now })).toBe(
      "Mon, 4 Jan 2027, 11:00 PKT",
    );
  });

  it("uses the same 24-hour clock in Urdu as in English", () => {
    const ur = formatZonedInstant("2026-12-07T13:30:00Z", { lang: "ur", timeZone: "Asia/Karachi", now });
    expect(ur).toContain("18:30");
    expect(ur).toMatch(/PKT$/);
    expect(formatZonedInstant("2026-12-07T13:30:00Z", { lang: "en", timeZone: "Asia/Karachi", now })).toContain(
      "18:30",
    );
  });

  it("falls back to an offset where no abbreviation is known", () => {
    expect(zoneAbbreviation("Asia/Tashkent", now)).toBe("GMT+5");
  });

  it("accepts IANA names only", () => {
    for (const ok of ["Asia/Karachi", "UTC", "America/Argentina/Buenos_Aires", "Etc/GMT+5"])
      expect(isTimeZone(ok), ok).toBe(true);
    for (const bad of ["", "Mars/Olympus", "+05:00", "PKT ", "Asia/Karachi\u0000", "a".repeat(80)])
      expect(isTimeZone(bad), bad).toBe(false);
  });
});

describe("one duration formatter for requesters and agents", () => {
  const units = { d: "d", h: "h", min: "min" };
  it("says a business target in hours, never days", () => {
    expect(formatBusinessMinutes(1440, units)).toBe("24 h");
    expect(formatBusinessMinutes(65, units)).toBe("1 h 05 min");
    expect(formatBusinessMinutes(5, units)).toBe("5 min");
  });
  it("says wall-clock time past a day in days", () => {
    expect(formatWallMinutes(3120, units)).toBe("2 d 4 h");
    expect(formatWallMinutes(185, units)).toBe("3 h 05 min");
  });
});
