import { WEEKDAYS, isAlwaysCalendar, minutesOfDay, parseCalendar, parseDate } from "./calendar.ts";
import type { Calendar, TimeRange, WeeklyCalendar } from "./calendar.ts";
import { MS_PER_DAY, MS_PER_MINUTE, daysFromCivil, daysInMonth, utcYearOfMs, weekdayOfEpochDay } from "./civil.ts";
import { ZoneOffsets } from "./zone.ts";

// A calendar compiled to instants: the open intervals of a contiguous run of local years as sorted arrays
// with prefix sums of business time, so add/elapsed are two binary searches. Years are compiled on demand
// (and cached), so memory is bounded by the supported span 1970–2200.

/** First and last local years the engine supports; instants outside are rejected. */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2200;

/** Margin kept inside a window's edge: a DST gap near midnight can push a neighbouring year's interval across it. */
const EDGE_MARGIN_MS = 2 * MS_PER_DAY;

/** Open intervals [starts[k], ends[k]) sorted, disjoint and non-touching; cum[k] = business ms before interval k. */
export interface IntervalWindow {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly count: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Length count + 1: cum[0] = 0, cum[k + 1] = cum[k] + (ends[k] - starts[k]). */
  readonly cum: Float64Array;
  /** Instants in [validFrom, validTo] see every interval that touches them. */
  readonly validFrom: number;
  readonly validTo: number;
}

interface WeeklyRules {
  /** Per weekday (0 = Monday): local minute pairs [start, end, start, end, …] sorted by start. */
  readonly days: readonly (readonly number[])[];
  readonly holidayDays: ReadonlySet<number>;
  /** month * 100 + day of recurring holidays. */
  readonly recurring: ReadonlySet<number>;
  /** Per epoch day: local minute pairs that replace the weekday's (empty: closed), ahead of any holiday. */
  readonly overrides: ReadonlyMap<number, readonly number[]>;
}

interface YearIntervals {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const EMPTY_WINDOW: IntervalWindow = {
  firstYear: 0,
  lastYear: -1,
  count: 0,
  starts: new Float64Array(0),
  ends: new Float64Array(0),
  cum: new Float64Array(1),
  validFrom: Number.POSITIVE_INFINITY,
  validTo: Number.NEGATIVE_INFINITY,
};

/** A calendar ready for add/elapsed; caches compiled years internally (observably immutable). */
export class CompiledCalendar {
  readonly timeZone: string;
  readonly always: boolean;
  /** Local 1970-01-01T00:00 and 2201-01-01T00:00 as instants: the supported range. */
  readonly minMs: number;
  readonly maxMs: number;
  readonly zone: ZoneOffsets;
  /** The compiled years; replaced (never mutated) as queries reach further. Read by business-time.ts. */
  window: IntervalWindow = EMPTY_WINDOW;
  readonly #rules: WeeklyRules | undefined;
  readonly #years = new Map<number, YearIntervals>();

  /** Prepares a calendar that has already passed parseCalendar (compileCalendar validates for you). */
  constructor(calendar: Calendar) {
    this.zone = new ZoneOffsets(calendar.timezone);
    this.timeZone = calendar.timezone;
    this.always = isAlwaysCalendar(calendar);
    this.#rules = isAlwaysCalendar(calendar) ? undefined : compileRules(calendar);
    this.minMs = this.#localMidnight(FIRST_YEAR, 1, 1);
    this.maxMs = this.#localMidnight(LAST_YEAR + 1, 1, 1);
  }

  /** Makes the window cover an instant in [minMs, maxMs] and returns it. */
  cover(epochMs: number): IntervalWindow {
    const w = this.window;
    if (epochMs >= w.validFrom && epochMs <= w.validTo) return w;
    const year = Math.min(LAST_YEAR, Math.max(FIRST_YEAR, utcYearOfMs(epochMs)));
    if (w === EMPTY_WINDOW) return this.#rebuild(year - 1, year + 1);
    // Grow geometrically so a long walk compiles O(span) years in total, not O(span²).
    const width = w.lastYear - w.firstYear + 1;
    if (epochMs < w.validFrom) return this.#rebuild(Math.min(year - 1, w.firstYear - width), w.lastYear);
    return this.#rebuild(w.firstYear, Math.max(year + 1, w.lastYear + width));
  }

  /** Compiles more years after the window; false when it already ends with LAST_YEAR. */
  extendForward(): boolean {
    const w = this.window;
    if (w.lastYear >= LAST_YEAR) return false;
    this.#rebuild(w.firstYear, w.lastYear + Math.max(1, w.lastYear - w.firstYear + 1));
    return true;
  }

  #rebuild(fromYear: number, toYear: number): IntervalWindow {
    const first = Math.max(FIRST_YEAR, fromYear);
    const last = Math.min(LAST_YEAR, toYear);
    const starts: number[] = [];
    const ends: number[] = [];
    for (let year = first; year <= last; year++) {
      const y = this.#year(year);
      for (let k = 0; k < y.starts.length; k++) {
        starts.push(y.starts[k] as number);
        ends.push(y.ends[k] as number);
      }
    }
    const merged = mergeIntervals(starts, ends);
    const count = merged.starts.length;
    const cum = new Float64Array(count + 1);
    for (let k = 0; k < count; k++)
      cum[k + 1] = (cum[k] as number) + (merged.ends[k] as number) - (merged.starts[k] as number);
    this.window = {
      firstYear: first,
      lastYear: last,
      count,
      starts: Float64Array.from(merged.starts),
      ends: Float64Array.from(merged.ends),
      cum,
      validFrom: first === FIRST_YEAR ? this.minMs : this.#localMidnight(first, 1, 1) + EDGE_MARGIN_MS,
      validTo: last === LAST_YEAR ? this.maxMs : this.#localMidnight(last + 1, 1, 1) - EDGE_MARGIN_MS,
    };
    return this.window;
  }

  #year(year: number): YearIntervals {
    let compiled = this.#years.get(year);
    if (compiled === undefined) {
      compiled = this.#rules === undefined ? { starts: [], ends: [] } : compileYear(this.#rules, this.zone, year);
      this.#years.set(year, compiled);
    }
    return compiled;
  }

  #localMidnight(year: number, month: number, day: number): number {
    return this.zone.localToInstant(daysFromCivil(year, month, day) * MS_PER_DAY);
  }
}

/** Validates a calendar and prepares it for add/elapsed (years are compiled lazily on first use). */
export function compileCalendar(calendar: Calendar): CompiledCalendar {
  return new CompiledCalendar(parseCalendar(calendar));
}

/** Ranges as sorted local minute pairs [start, end, start, end, …]. */
function minutePairs(ranges: readonly TimeRange[]): number[] {
  return ranges
    .map(([start, end]) => [minutesOfDay(start), minutesOfDay(end)] as const)
    .sort((a, b) => a[0] - b[0])
    .flat();
}

function compileRules(calendar: WeeklyCalendar): WeeklyRules {
  const days = WEEKDAYS.map((day) => minutePairs(calendar.weekly[day] ?? []));
  const overrides = new Map<number, readonly number[]>();
  for (const [iso, ranges] of Object.entries(calendar.overrides ?? {})) {
    const date = parseDate(iso);
    if (date !== undefined) overrides.set(daysFromCivil(date.year, date.month, date.day), minutePairs(ranges));
  }
  const holidayDays = new Set<number>();
  const recurring = new Set<number>();
  for (const holiday of calendar.holidays ?? []) {
    const entry = typeof holiday === "string" ? { date: holiday, recurring: false } : holiday;
    const date = parseDate(entry.date);
    if (date === undefined) continue; // unreachable after validation
    if (entry.recurring === true) recurring.add(date.month * 100 + date.day);
    else holidayDays.add(daysFromCivil(date.year, date.month, date.day));
  }
  return { days, holidayDays, recurring, overrides };
}

const CLOSED: readonly number[] = [];

/** Open intervals of one local year: each day's ranges (its override, else its weekday's unless a holiday), wall-clock → instant per day. */
function compileYear(rules: WeeklyRules, zone: ZoneOffsets, year: number): YearIntervals {
  const starts: number[] = [];
  const ends: number[] = [];
  let epochDay = daysFromCivil(year, 1, 1);
  for (let month = 1; month <= 12; month++) {
    const monthDays = daysInMonth(year, month);
    for (let day = 1; day <= monthDays; day++, epochDay++) {
      // An override replaces that date's hours whatever else applies: it is the most specific exception.
      const holiday = rules.holidayDays.has(epochDay) || rules.recurring.has(month * 100 + day);
      const ranges =
        rules.overrides.get(epochDay) ??
        (holiday ? CLOSED : (rules.days[weekdayOfEpochDay(epochDay)] as readonly number[]));
      if (ranges.length === 0) continue;
      const midnight = epochDay * MS_PER_DAY;
      for (let k = 0; k < ranges.length; k += 2) {
        // Each end converts on its own: a range's length is real elapsed time, so it shrinks across a
        // spring-forward gap (and may vanish) and grows across a fall-back fold.
        const start = zone.localToInstant(midnight + (ranges[k] as number) * MS_PER_MINUTE);
        const end = zone.localToInstant(midnight + (ranges[k + 1] as number) * MS_PER_MINUTE);
        if (end > start) {
          starts.push(start);
          ends.push(end);
        }
      }
    }
  }
  return mergeIntervals(starts, ends);
}

/** Sorts intervals by start and fuses overlapping or touching ones (DST gaps can make wall-clock-ordered ranges overlap). */
export function mergeIntervals(starts: readonly number[], ends: readonly number[]): YearIntervals {
  let order = starts.map((_, k) => k);
  let sorted = true;
  for (let k = 1; k < starts.length && sorted; k++) sorted = (starts[k - 1] as number) <= (starts[k] as number);
  if (!sorted) order = order.sort((a, b) => (starts[a] as number) - (starts[b] as number));
  const outStarts: number[] = [];
  const outEnds: number[] = [];
  for (const k of order) {
    const start = starts[k] as number;
    const end = ends[k] as number;
    const last = outEnds.length - 1;
    if (last >= 0 && start <= (outEnds[last] as number)) {
      if (end > (outEnds[last] as number)) outEnds[last] = end;
    } else {
      outStarts.push(start);
      outEnds.push(end);
    }
  }
  return { starts: outStarts, ends: outEnds };
}
