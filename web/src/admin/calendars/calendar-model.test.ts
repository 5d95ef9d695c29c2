import { describe, expect, it } from "vitest";
import type { CalendarDefinition } from "../types.ts";
import {
  definitionFromState,
  MAX_SPAN_DAYS,
  newCalendarState,
  padTime,
  stateFromDefinition,
  withDateSpan,
} from "./calendar-model.ts";

const karachi: CalendarDefinition = {
  timezone: "Asia/Karachi",
  weekly: {
    mon: [
      ["09:00", "13:00"],
      ["14:00", "18:00"],
    ],
    tue: [["09:00", "18:00"]],
    wed: [],
    thu: [["09:00", "18:00"]],
    fri: [["09:00", "12:30"]],
    sat: [],
    sun: [],
  },
  holidays: [
    { date: "2026-12-25", name: "Quaid-e-Azam Day", recurring: true },
    { date: "2026-08-14", recurring: false },
  ],
  overrides: { "2026-03-20": [["10:00", "15:00"]], "2026-03-19": [] },
};

describe("the calendar editor holds a definition and gives it back unchanged", () => {
  it("a saved calendar opened and saved again is the same definition", () => {
    expect(definitionFromState(stateFromDefinition("Karachi office", karachi))).toEqual(karachi);
  });

  it("a holiday given as a bare date opens as a one-off unnamed holiday", () => {
    const state = stateFromDefinition("x", { timezone: "UTC", holidays: ["2026-01-01"] });
    expect(state.holidays).toMatchObject([{ date: "2026-01-01", name: "", recurring: false }]);
    expect(definitionFromState(state).holidays).toEqual([{ date: "2026-01-01", recurring: false }]);
  });

  it("per-date hours open in date order", () => {
    expect(stateFromDefinition("x", karachi).overrides.map((o) => o.date)).toEqual(["2026-03-19", "2026-03-20"]);
  });

  it("holidays keep the order they were entered in, so the server's holidays.1.date points at the second row", () => {
    const state = stateFromDefinition("x", karachi);
    expect(definitionFromState(state).holidays?.map((h) => (typeof h === "string" ? h : h.date))).toEqual(
      state.holidays.map((h) => h.date),
    );
  });

  it("an around-the-clock calendar sends no weekly hours", () => {
    const state = { ...stateFromDefinition("x", karachi), always: true };
    const sent = definitionFromState(state);
    expect(sent.always).toBe(true);
    expect(sent).not.toHaveProperty("weekly");
    expect(sent).not.toHaveProperty("overrides");
  });

  it("what was typed is trimmed; a blank holiday name is not sent", () => {
    const state = newCalendarState("UTC");
    state.weekly.mon = [{ start: " 08:00", end: "16:00 " }];
    state.holidays = [{ key: 1, date: "2026-05-01", name: "  ", recurring: true }];
    const sent = definitionFromState(state);
    expect(sent.weekly?.mon).toEqual([["08:00", "16:00"]]);
    expect(sent.holidays).toEqual([{ date: "2026-05-01", recurring: true }]);
  });

  it("a new calendar starts with weekdays nine to five in the given zone", () => {
    const sent = definitionFromState(newCalendarState("Asia/Karachi"));
    expect(sent.timezone).toBe("Asia/Karachi");
    expect(sent.weekly?.fri).toEqual([["09:00", "17:00"]]);
    expect(sent.weekly?.sat).toEqual([]);
  });
});

describe("a period of special hours", () => {
  const short = [{ start: "09:00", end: "13:00" }];

  it("becomes one row per date, from first to last day inclusive", () => {
    const rows = withDateSpan([], "2026-02-27", "2026-03-02", short);
    expect(rows?.map((r) => r.date)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(rows?.every((r) => r.ranges[0]?.end === "13:00")).toBe(true);
  });

  it("without an end date is that one day", () => {
    expect(withDateSpan([], "2026-03-20", "", short)?.map((r) => r.date)).toEqual(["2026-03-20"]);
  });

  it("entered again replaces the rows for its dates and keeps the others", () => {
    const first = withDateSpan([], "2026-03-01", "2026-03-03", short) ?? [];
    const again = withDateSpan(first, "2026-03-03", "2026-03-04", []) ?? [];
    expect(again.map((r) => `${r.date}:${r.ranges.length}`)).toEqual([
      "2026-03-01:1",
      "2026-03-02:1",
      "2026-03-03:0",
      "2026-03-04:0",
    ]);
  });

  it("ending before it starts, unreadable, or longer than a year is refused", () => {
    expect(withDateSpan([], "2026-03-05", "2026-03-01", short)).toBeNull();
    expect(withDateSpan([], "someday", "2026-03-01", short)).toBeNull();
    expect(withDateSpan([], "2026-01-01", "2027-01-01", short)?.length).toBe(366);
    expect(MAX_SPAN_DAYS).toBe(366);
    expect(withDateSpan([], "2026-01-01", "2027-01-02", short)).toBeNull();
  });
});

describe("a quickly typed time becomes the HH:MM the API wants", () => {
  it("pads hours and adds missing minutes", () => {
    expect(padTime("9:00")).toBe("09:00");
    expect(padTime("9")).toBe("09:00");
    expect(padTime("930")).toBe("09:30");
    expect(padTime(" 18:00 ")).toBe("18:00");
  });

  it("leaves anything else for the server to name", () => {
    expect(padTime("9am")).toBe("9am");
    expect(padTime("")).toBe("");
  });
});
