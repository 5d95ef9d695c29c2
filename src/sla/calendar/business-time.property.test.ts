import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { WEEKDAYS } from "./calendar.ts";
import type { Holiday, TimeRange, WeeklyCalendar } from "./calendar.ts";
import { compileCalendar } from "./compile.ts";
import type { CompiledCalendar } from "./compile.ts";
import { add, elapsed } from "./business-time.ts";

// Properties of add/elapsed over DST zones, holidays, per-date overrides and ranges touching the transition hours, checked
// against each other and against a day-by-day oracle that converts every wall-clock time with Temporal.

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const ZONES = ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Chatham", "America/Havana"];
// Range boundaries around the usual transition hours (00:00, 01:00, 02:00, 02:45, 03:45) plus office hours and 24:00.
const BOUNDARIES = [0, 60, 90, 120, 150, 165, 180, 225, 540, 720, 780, 1080, 1380, 1440];
const WINDOW_FROM = Date.UTC(2025, 0, 1);
const WINDOW_TO = Date.UTC(2027, 0, 1);
const RUNS = { numRuns: 60 };

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

const dayRanges: fc.Arbitrary<TimeRange[]> = fc.subarray(BOUNDARIES).map((picked) => {
  const ranges: TimeRange[] = [];
  for (let k = 0; k + 1 < picked.length; k += 2) ranges.push([hhmm(picked[k]!), hhmm(picked[k + 1]!)]);
  return ranges;
});

const holiday: fc.Arbitrary<Holiday> = fc
  .tuple(fc.integer({ min: 0, max: 730 }), fc.boolean())
  .map(([day, recurring]) => ({ date: new Date(WINDOW_FROM + day * DAY).toISOString().slice(0, 10), recurring }));

const weeklyCalendar: fc.Arbitrary<WeeklyCalendar> = fc
  .record({
    timezone: fc.constantFrom(...ZONES),
    weekly: fc.record(
      Object.fromEntries(WEEKDAYS.map((d) => [d, fc.oneof(fc.constant([]), dayRanges, dayRanges)])) as Record<
        (typeof WEEKDAYS)[number],
        fc.Arbitrary<TimeRange[]>
      >,
    ),
    holidays: fc.array(holiday, { maxLength: 8 }),
    overrides: fc.constant({}),
  })
  .filter((c) => WEEKDAYS.some((d) => (c.weekly[d]?.length ?? 0) > 0))
  // Per-date hours on holidays, on DST days and on ordinary days, closed or open on the transition hours.
  .chain((c) => {
    const dates = [
      ...(transitions.get(c.timezone) ?? []).map((t) => new Date(t).toISOString().slice(0, 10)),
      ...c.holidays.map((h) => (typeof h === "string" ? h : h.date)),
    ];
    const date = fc.oneof(
      fc.integer({ min: 0, max: 730 }).map((day) => new Date(WINDOW_FROM + day * DAY).toISOString().slice(0, 10)),
      ...(dates.length > 0 ? [fc.constantFrom(...dates)] : []),
    );
    return fc
      .dictionary(date, fc.oneof(fc.constant([] as TimeRange[]), dayRanges), { maxKeys: 6 })
      .map((overrides) => ({ ...c, overrides }));
  });

/** DST transitions of each zone in the test window, so starts can be drawn right around them. */
const transitions = new Map(
  ZONES.map((zone) => {
    const found: number[] = [];
    let zdt: Temporal.ZonedDateTime | null =
      Temporal.Instant.fromEpochMilliseconds(WINDOW_FROM).toZonedDateTimeISO(zone);
    while ((zdt = zdt.getTimeZoneTransition("next")) !== null && zdt.epochMilliseconds < WINDOW_TO)
      found.push(zdt.epochMilliseconds);
    return [zone, found];
  }),
);

function instantNear(zone: string): fc.Arbitrary<number> {
  const near = transitions.get(zone) ?? [];
  const uniform = fc.integer({ min: WINDOW_FROM, max: WINDOW_TO });
  if (near.length === 0) return uniform;
  return fc.oneof(
    uniform,
    fc.tuple(fc.constantFrom(...near), fc.integer({ min: -2 * DAY, max: 2 * DAY })).map(([t, d]) => t + d),
  );
}

const duration = fc.oneof(
  fc.integer({ min: 1, max: 3 * HOUR }),
  fc.integer({ min: 1, max: 10 * DAY }),
  fc.integer({ min: 1, max: 400 }).map((q) => q * 15 * MIN),
);

const compiledCache = new WeakMap<WeeklyCalendar, CompiledCalendar>();

/** Compiled once per generated calendar (kept out of the scenario so counterexamples stay readable). */
function compiledOf(calendar: WeeklyCalendar): CompiledCalendar {
  let compiled = compiledCache.get(calendar);
  if (compiled === undefined) compiledCache.set(calendar, (compiled = compileCalendar(calendar)));
  return compiled;
}

/** A calendar, instants near its zone's transitions, and two durations. */
const scenario = weeklyCalendar.chain((calendar) =>
  fc.record({
    calendar: fc.constant(calendar),
    s: instantNear(calendar.timezone),
    t: instantNear(calendar.timezone),
    a: duration,
    b: duration,
  }),
);

// ---- Oracle: every day's ranges converted with Temporal, merged, walked linearly. ----

function oracleIntervals(calendar: WeeklyCalendar, fromMs: number, days: number): [number, number][] {
  const first = Temporal.Instant.fromEpochMilliseconds(fromMs)
    .toZonedDateTimeISO(calendar.timezone)
    .toPlainDate()
    .subtract({ days: 1 });
  const closed = new Set(
    (calendar.holidays ?? []).map((h) =>
      typeof h === "string" ? h : h.recurring === true ? `*${h.date.slice(4)}` : h.date,
    ),
  );
  const toInstant = (date: Temporal.PlainDate, time: string): number =>
    (time === "24:00" ? date.add({ days: 1 }).toPlainDateTime("00:00") : date.toPlainDateTime(time)).toZonedDateTime(
      calendar.timezone,
      { disambiguation: "compatible" },
    ).epochMilliseconds;
  const raw: [number, number][] = [];
  for (let k = 0; k < days; k++) {
    const date = first.add({ days: k });
    const iso = date.toString();
    const override = calendar.overrides?.[iso];
    if (override === undefined && (closed.has(iso) || closed.has(`*${iso.slice(4)}`))) continue;
    for (const [start, end] of override ?? calendar.weekly[WEEKDAYS[date.dayOfWeek - 1]!] ?? []) {
      const interval: [number, number] = [toInstant(date, start), toInstant(date, end)];
      if (interval[1] > interval[0]) raw.push(interval);
    }
  }
  raw.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of raw) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

function oracleAdd(calendar: WeeklyCalendar, start: number, d: number): number {
  // The sparsest generated calendar opens 15 minutes a week, so 10 business days can lie ~6,700 days ahead.
  for (let days = 32; days <= 16_384; days *= 2) {
    let remaining = d;
    for (const [s, e] of oracleIntervals(calendar, start, days)) {
      if (e <= start) continue;
      const begin = Math.max(s, start);
      if (remaining === 0 || remaining <= e - begin) return begin + remaining;
      remaining -= e - begin;
    }
  }
  throw new Error("oracle gave up");
}

function oracleElapsed(calendar: WeeklyCalendar, from: number, to: number): number {
  let total = 0;
  for (const [s, e] of oracleIntervals(calendar, from, Math.ceil((to - from) / DAY) + 3))
    total += Math.max(0, Math.min(e, to) - Math.max(s, from));
  return total;
}

describe("business-time properties over DST zones, holidays and transition-hour ranges", () => {
  it("add and elapsed agree with a day-by-day Temporal oracle", () => {
    fc.assert(
      fc.property(scenario, ({ calendar, s, t, a }) => {
        const compiled = compiledOf(calendar);
        expect(add(compiled, s, a)).toBe(oracleAdd(calendar, s, a));
        expect(add(compiled, s, 0)).toBe(oracleAdd(calendar, s, 0));
        const [from, to] = s <= t ? [s, t] : [t, s];
        expect(elapsed(compiled, from, to)).toBe(oracleElapsed(calendar, from, to));
      }),
      RUNS,
    );
  });

  it("add(add(s, a), b) = add(s, a + b) for a, b > 0", () => {
    fc.assert(
      fc.property(scenario, ({ calendar, s, a, b }) => {
        const compiled = compiledOf(calendar);
        return add(compiled, add(compiled, s, a), b) === add(compiled, s, a + b);
      }),
      RUNS,
    );
  });

  it("elapsed(s, add(s, d)) = d from any start, for d ≥ 0", () => {
    fc.assert(
      fc.property(scenario, ({ calendar, s, a }) => {
        const compiled = compiledOf(calendar);
        return elapsed(compiled, s, add(compiled, s, a)) === a && elapsed(compiled, s, add(compiled, s, 0)) === 0;
      }),
      RUNS,
    );
  });

  it("add is monotonic in the duration and in the start", () => {
    fc.assert(
      fc.property(scenario, ({ calendar, s, t, a, b }) => {
        const compiled = compiledOf(calendar);
        const [d1, d2] = a <= b ? [a, b] : [b, a];
        const [s1, s2] = s <= t ? [s, t] : [t, s];
        return (
          add(compiled, s, d1) <= add(compiled, s, d2) &&
          add(compiled, s1, a) <= add(compiled, s2, a) &&
          add(compiled, s, d1) >= s
        );
      }),
      RUNS,
    );
  });

  it("elapsed is additive over consecutive spans and never exceeds real time", () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 3 * DAY }), ({ calendar, s, t }, extra) => {
        const compiled = compiledOf(calendar);
        const [a, b] = s <= t ? [s, t] : [t, s];
        const c = b + extra;
        const ab = elapsed(compiled, a, b);
        return ab + elapsed(compiled, b, c) === elapsed(compiled, a, c) && ab <= b - a;
      }),
      RUNS,
    );
  });

  it("one calendar reused across 1970–2200 in any order answers like a freshly compiled one", () => {
    const calendar: WeeklyCalendar = {
      timezone: "Europe/London",
      weekly: { mon: [["00:00", "03:00"]], wed: [["01:30", "02:30"]], sun: [["22:00", "24:00"]] },
      holidays: [{ date: "2000-12-25", recurring: true }],
    };
    const shared = compileCalendar(calendar);
    const instant = fc.integer({ min: Date.UTC(1970, 0, 2), max: Date.UTC(2199, 11, 1) });
    fc.assert(
      fc.property(fc.array(fc.tuple(instant, duration), { minLength: 1, maxLength: 5 }), (queries) => {
        for (const [s, d] of queries) expect(add(shared, s, d)).toBe(add(compileCalendar(calendar), s, d));
      }),
      { numRuns: 20 },
    );
  });
});

describe("24×7 calendars", () => {
  it("add is addition and elapsed subtraction in any zone", () => {
    const compiled: CompiledCalendar[] = ZONES.map((timezone) =>
      compileCalendar({ timezone, always: true, holidays: ["2026-01-01"] }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...compiled),
        fc.integer({ min: WINDOW_FROM, max: WINDOW_TO }),
        duration,
        (c, s, d) => add(c, s, d) === s + d && elapsed(c, s, s + d) === d,
      ),
      { numRuns: 100 },
    );
  });
});
