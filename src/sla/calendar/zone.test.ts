import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { MS_PER_DAY, civilFromDays, daysFromCivil, weekdayOfEpochDay } from "./civil.ts";
import { ZoneOffsets, canonicalTimeZone } from "./zone.ts";

const ZONES = [
  "America/New_York",
  "Europe/London",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "America/Havana",
  "Asia/Karachi",
  "UTC",
];
const FIRST = daysFromCivil(1970, 1, 1);
const LAST = daysFromCivil(2200, 12, 31);

describe("civil dates", () => {
  it("epoch days round-trip and agree with the proleptic Gregorian calendar", () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST - 400, max: LAST + 400 }), (epochDay) => {
        const date = new Date(epochDay * MS_PER_DAY); // tests may use Date as an oracle
        expect(civilFromDays(epochDay)).toEqual({
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
        });
        expect(daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(epochDay);
        expect(weekdayOfEpochDay(epochDay)).toBe((date.getUTCDay() + 6) % 7);
      }),
      { numRuns: 300 },
    );
  });
});

describe("time zone offsets", () => {
  it("knows IANA zones and canonicalises their spelling", () => {
    expect(canonicalTimeZone("asia/karachi")).toBe("Asia/Karachi");
    expect(canonicalTimeZone("Mars/Olympus_Mons")).toBeUndefined();
  });

  it("offsetAt agrees with Temporal for any instant 1970–2200", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: FIRST * MS_PER_DAY, max: LAST * MS_PER_DAY }),
        (zone, ms) => {
          const expected = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds / 1e6;
          expect(new ZoneOffsets(zone).offsetAt(ms)).toBe(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("wall-clock → instant follows Temporal's compatible disambiguation, also in gaps and folds", () => {
    // Local times within ±3 h of a real transition, where gaps and folds live.
    const nearTransition = fc
      .tuple(
        fc.constantFrom(...ZONES.slice(0, 5)),
        fc.integer({ min: 1971, max: 2199 }),
        fc.integer({ min: 1, max: 2 }),
        fc.integer({ min: -3 * 3600_000, max: 3 * 3600_000 }),
      )
      .map(([zone, year, nth, delta]) => {
        // The first and second transition of the year: one gap and one fold in zones with DST.
        let transition = Temporal.ZonedDateTime.from({ year, month: 1, day: 1, timeZone: zone });
        for (let k = 0; k < nth; k++) transition = transition.getTimeZoneTransition("next") ?? transition;
        return { zone, local: transition.epochMilliseconds + transition.offsetNanoseconds / 1e6 + delta };
      });
    fc.assert(
      fc.property(nearTransition, ({ zone, local }) => {
        const pdt = Temporal.Instant.fromEpochMilliseconds(local).toZonedDateTimeISO("UTC").toPlainDateTime();
        const expected = pdt.toZonedDateTime(zone, { disambiguation: "compatible" }).epochMilliseconds;
        expect(new ZoneOffsets(zone).localToInstant(local)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
