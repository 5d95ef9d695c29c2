import { describe, expect, it } from "vitest";
import { compileCalendar } from "./compile.ts";
import { openingsOn, withinOpenings } from "./day-openings.ts";

const DAY = [
  ["09:00", "13:00"],
  ["14:00", "18:00"],
] as const;
const karachi = compileCalendar({
  timezone: "Asia/Karachi",
  weekly: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: [["09:00", "12:30"]], sat: [], sun: [] },
  holidays: ["2026-03-23"],
});

describe("a day's openings", () => {
  it("are the weekday's hours as wall-clock minutes of that date", () => {
    expect(openingsOn(karachi, "2026-03-02")).toEqual([
      { fromMinute: 540, toMinute: 780 },
      { fromMinute: 840, toMinute: 1080 },
    ]);
    expect(openingsOn(karachi, "2026-03-06")).toEqual([{ fromMinute: 540, toMinute: 750 }]);
  });

  it("are none on a weekend or a holiday", () => {
    expect(openingsOn(karachi, "2026-03-07")).toEqual([]);
    expect(openingsOn(karachi, "2026-03-23")).toEqual([]);
  });

  it("follow the wall clock across a change of offset (Berlin's spring forward)", () => {
    const berlin = compileCalendar({ timezone: "Europe/Berlin", weekly: { sun: [["01:00", "05:00"]] } });
    expect(openingsOn(berlin, "2026-03-29")).toEqual([{ fromMinute: 60, toMinute: 300 }]);
  });

  it("cover the whole day around the clock", () => {
    expect(openingsOn(compileCalendar({ timezone: "UTC", always: true }), "2026-03-07")).toEqual([
      { fromMinute: 0, toMinute: 1440 },
    ]);
  });

  it("hold a window only when it lies inside one opening", () => {
    const monday = openingsOn(karachi, "2026-03-02");
    expect(withinOpenings(monday, 600, 720)).toBe(true);
    expect(withinOpenings(monday, 540, 780)).toBe(true);
    expect(withinOpenings(monday, 720, 900)).toBe(false); // across lunch
    expect(withinOpenings(monday, 1020, 1140)).toBe(false); // past 18:00
    expect(withinOpenings([], 600, 660)).toBe(false);
  });
});
