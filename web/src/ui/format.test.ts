import i18next, { type TFunction } from "i18next";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatDateTime, getViewerTimeZone, setViewerTimeZone } from "../app/i18n.ts";
import { formatLeft } from "../console/time.ts";
import enCommon from "../locales/en/common.json";
import enPublic from "../locales/en/public.json";
import urCommon from "../locales/ur/common.json";
import urPublic from "../locales/ur/public.json";
import { describeHours, formatTarget, type WeeklyDay } from "../public/publicSla.ts";
import { formatCountdown, formatMinutes, formatWallClockMinutes } from "./format.ts";

// The app's own words, loaded as the browser loads them (web/src/locales), without a browser.
const words = i18next.createInstance();
await words.init({
  lng: "en",
  fallbackLng: "en",
  defaultNS: "common",
  interpolation: { escapeValue: false },
  resources: { en: { common: enCommon, public: enPublic }, ur: { common: urCommon, public: urPublic } },
});
const tIn = (lang: "en" | "ur"): TFunction<readonly ["public", "common"]> =>
  words.getFixedT(lang, ["public", "common"]);
/** The units the console's SLA panel reads from common.json for a language. */
const unitsIn = (lang: "en" | "ur") => {
  const t = tIn(lang);
  return { d: t("common:units.d"), h: t("common:units.h"), min: t("common:units.min") };
};

describe("a duration reads the same to the requester and the agent", () => {
  it("a day's business target is 24 h on the portal's promise and in the console's SLA panel", () => {
    expect(formatTarget(1440, tIn("en"))).toBe("24 h");
    expect(formatMinutes(1440, unitsIn("en"))).toBe("24 h");
  });

  it("…and in Urdu, each in the same Urdu words", () => {
    expect(formatTarget(1440, tIn("ur"))).toBe("24 گھنٹے");
    expect(formatMinutes(1440, unitsIn("ur"))).toBe(formatTarget(1440, tIn("ur")));
    expect(formatTarget(65, tIn("ur"))).toBe("1 گھنٹے 05 منٹ");
  });

  it("targets are hours and minutes, never days, since business minutes count only inside support hours", () => {
    const units = unitsIn("en");
    expect(formatMinutes(4 * 1440, units)).toBe("96 h");
    expect(formatMinutes(65, units)).toBe("1 h 05 min");
    expect(formatMinutes(45, units)).toBe("45 min");
    expect(formatMinutes(0, units)).toBe("0 min");
  });

  it("minutes round to whole minutes and never go below zero", () => {
    const units = unitsIn("en");
    expect(formatMinutes(59.6, units)).toBe("1 h");
    expect(formatMinutes(-5, units)).toBe("0 min");
  });

  it("wall-clock time past a day is told in days and hours", () => {
    const units = unitsIn("en");
    expect(formatWallClockMinutes(3120, units)).toBe("2 d 4 h");
    expect(formatWallClockMinutes(2880, units)).toBe("2 d");
    expect(formatWallClockMinutes(185, units)).toBe("3 h 05 min");
  });
});

describe("a countdown", () => {
  it("under a day reads as hh:mm:ss", () => {
    expect(formatCountdown(7_199_000)).toBe("01:59:59");
    expect(formatCountdown(0)).toBe("00:00:00");
  });

  it("counts whole seconds, never rounding a second up", () => {
    expect(formatCountdown(59_999)).toBe("00:00:59");
  });

  it("overdue carries a minus sign", () => {
    expect(formatCountdown(-250_000)).toBe("−00:04:10");
  });

  it("left or overdue, the console says it without a sign (the sentence says which)", () => {
    const units = unitsIn("en");
    expect(formatLeft(-250_000, units)).toBe("00:04:10");
    expect(formatLeft(250_000, units)).toBe("00:04:10");
  });

  it("a day or more reads in days and hours, not a 30-hour clock", () => {
    const units = unitsIn("en");
    expect(formatLeft(86_400_000 - 1000, units)).toBe("23:59:59");
    expect(formatLeft(86_400_000, units)).toBe("1 d");
    expect(formatLeft(-(2 * 86_400_000 + 4 * 3_600_000), units)).toBe("2 d 4 h");
    expect(formatLeft(30 * 3_600_000, unitsIn("ur"))).toBe("1 دن 6 گھنٹے");
  });
});

describe("an instant reads in the viewer's zone, with its abbreviation", () => {
  const browserZone = getViewerTimeZone();
  afterEach(() => {
    setViewerTimeZone(browserZone);
    vi.useRealTimers();
  });

  it("the same instant reads in Karachi's and Berlin's time, each named", () => {
    vi.useFakeTimers({ now: new Date("2026-12-05T08:00:00Z"), toFake: ["Date"] });
    setViewerTimeZone("Asia/Karachi");
    expect(formatDateTime("2026-12-07T06:00:00Z", "en")).toBe("Mon 7 Dec, 11:00 PKT");
    setViewerTimeZone("Europe/Berlin");
    expect(formatDateTime("2026-12-07T06:00:00Z", "en")).toBe("Mon 7 Dec, 07:00 CET");
    expect(formatDateTime("2026-07-07T06:00:00Z", "en")).toBe("Tue 7 Jul, 08:00 CEST");
  });

  it("Urdu uses the same 24-hour clock and zone name as English", () => {
    vi.useFakeTimers({ now: new Date("2026-12-05T08:00:00Z"), toFake: ["Date"] });
    setViewerTimeZone("Asia/Karachi");
    expect(formatDateTime("2026-12-07T13:30:00Z", "ur")).toBe("پیر، 7 دسمبر، 18:30 PKT");
    expect(formatDateTime("2026-12-07T13:30:00Z", "en")).toBe("Mon 7 Dec, 18:30 PKT");
  });

  it("a missing or unreadable instant reads as nothing", () => {
    expect(formatDateTime(null, "en")).toBe("");
    expect(formatDateTime(undefined, "en")).toBe("");
    expect(formatDateTime("not a date", "en")).toBe("");
  });
});

describe("support hours in a few words", () => {
  const nineToSix = [{ start: "09:00", end: "18:00" }];
  const weekdays: WeeklyDay[] = [1, 2, 3, 4, 5].map((day) => ({ day, ranges: nineToSix }));

  it("groups consecutive days with the same hours and names the zone", () => {
    expect(describeHours({ weekly: weekdays, timeZone: "Asia/Karachi", alwaysOpen: false }, "en", tIn("en"))).toBe(
      "Mon–Fri 09:00–18:00 Asia/Karachi (PKT)",
    );
  });

  it("keeps days with other hours apart", () => {
    const weekly = [...weekdays, { day: 6, ranges: [{ start: "10:00", end: "14:00" }] }];
    expect(describeHours({ weekly, timeZone: "UTC", alwaysOpen: false }, "en", tIn("en"))).toBe(
      "Mon–Fri 09:00–18:00; Sat 10:00–14:00 UTC (UTC)",
    );
  });

  it("in Urdu keeps each range and the zone left to right inside the right-to-left sentence", () => {
    const text = describeHours({ weekly: weekdays, timeZone: "Asia/Karachi", alwaysOpen: false }, "ur", tIn("ur"));
    expect(text).toContain("\u206609:00–18:00\u2069");
    expect(text).toContain("\u2066Asia/Karachi (PKT)\u2069");
  });

  it("a 24×7 calendar says around the clock, in the reader's language", () => {
    expect(describeHours({ weekly: [], timeZone: "UTC", alwaysOpen: true }, "en", tIn("en"))).toBe(
      "around the clock, every day",
    );
    expect(describeHours({ weekly: [], timeZone: "UTC", alwaysOpen: true }, "ur", tIn("ur"))).toBe(
      "چوبیس گھنٹے، ہر روز",
    );
  });

  it("a calendar without hours says so", () => {
    expect(describeHours({ weekly: [], timeZone: "UTC", alwaysOpen: false }, "en", tIn("en"))).toBe("no support hours");
  });
});
