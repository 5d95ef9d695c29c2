import { z } from "zod";
import { storableText } from "../../shared/storable-text.ts";
import { daysInMonth } from "./civil.ts";
import { canonicalTimeZone } from "./zone.ts";

// The support-hours calendar as users write it (JSON), and its validation. Wall-clock times are local to
// `timezone`; compile.ts turns them into instants.

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** An opening range as local wall-clock times "HH:MM"; the end may be "24:00" (midnight ending the day). */
export type TimeRange = readonly [start: string, end: string];

/** A closed local date "YYYY-MM-DD"; recurring ones close that month-day every year. */
export type Holiday = string | { readonly date: string; readonly name?: string; readonly recurring?: boolean };

/** Opening ranges per weekday; a missing or empty weekday is closed all day. */
export interface WeeklyCalendar {
  readonly timezone: string;
  readonly weekly: Readonly<Partial<Record<Weekday, readonly TimeRange[]>>>;
  readonly holidays?: readonly Holiday[];
  /**
   * Per-date hours: a local date "YYYY-MM-DD" maps to the ranges that replace its weekly hours (an empty list
   * closes it). An override wins over a holiday on the same date: it is the more specific exception.
   */
  readonly overrides?: Readonly<Record<string, readonly TimeRange[]>>;
}

/** Open 24×7; holidays, if given, are ignored. */
export interface AlwaysCalendar {
  readonly timezone: string;
  readonly always: true;
  readonly holidays?: readonly Holiday[];
}

export type Calendar = WeeklyCalendar | AlwaysCalendar;

/** True when the calendar is open around the clock. */
export function isAlwaysCalendar(calendar: Calendar): calendar is AlwaysCalendar {
  return "always" in calendar && calendar.always === true;
}

const START_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const END_TIME = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes after local midnight of a validated "HH:MM" ("24:00" → 1440). */
export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Splits a "YYYY-MM-DD" string into numbers when it names a real Gregorian date. */
export function parseDate(date: string): { year: number; month: number; day: number } | undefined {
  const match = DATE.exec(date);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

const timezoneSchema = z
  .string({ error: 'expected an IANA time zone name such as "Europe/Paris"' }) // checked-text: refined to a known zone name
  .refine((tz) => canonicalTimeZone(tz) !== undefined, {
    error: (issue) => `unknown time zone ${JSON.stringify(issue.input)}`,
  });

const rangeSchema = z
  .tuple(
    [
      z.string().regex(START_TIME, {
        error: (i) => `invalid start time ${JSON.stringify(i.input)} (expected HH:MM, 00:00–23:59)`,
      }),
      z
        .string()
        .regex(END_TIME, { error: (i) => `invalid end time ${JSON.stringify(i.input)} (expected HH:MM, 00:01–24:00)` }),
    ],
    { error: 'expected a [start, end] pair such as ["09:00", "18:00"]' },
  )
  // Only compare well-formed times; malformed ones already have their own issue.
  .refine(([start, end]) => !START_TIME.test(start) || !END_TIME.test(end) || minutesOfDay(start) < minutesOfDay(end), {
    error: (issue) => {
      const [start, end] = issue.input as TimeRange;
      return `empty or reversed range ${start}–${end} (start must be before end)`;
    },
  });

const dayRangesSchema = z
  .array(rangeSchema, { error: "expected a list of [start, end] ranges" })
  .superRefine((ranges, ctx) => {
    // Ranges may be listed in any order; sort by start and require each to begin at or after the previous end.
    const order = ranges
      .map((range, index) => ({ range, index }))
      .sort((a, b) => minutesOfDay(a.range[0]) - minutesOfDay(b.range[0]));
    for (let k = 1; k < order.length; k++) {
      const prev = order[k - 1]!;
      const cur = order[k]!;
      if (minutesOfDay(cur.range[0]) < minutesOfDay(prev.range[1])) {
        ctx.addIssue({
          code: "custom",
          path: [cur.index],
          message: `range ${cur.range[0]}–${cur.range[1]} overlaps ${prev.range[0]}–${prev.range[1]}`,
        });
      }
    }
  });

const weeklySchema = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((day) => [day, dayRangesSchema.optional()])) as Record<
    Weekday,
    z.ZodOptional<typeof dayRangesSchema>
  >,
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown weekday ${issue.keys.map((k) => JSON.stringify(k)).join(", ")} (use mon … sun)`
        : "expected an object mapping mon … sun to ranges",
  },
);

// checked-text: a real date
const dateSchema = z.string({ error: 'expected a date "YYYY-MM-DD"' }).refine((date) => parseDate(date) !== undefined, {
  error: (issue) => `invalid date ${JSON.stringify(issue.input)} (expected an existing date YYYY-MM-DD)`,
});

/** More dated exceptions than ten years of days is a mistake, not a calendar. */
export const MAX_OVERRIDES = 3660;

const overridesSchema = z
  // checked-text: keys are dates, each checked below
  .record(z.string(), dayRangesSchema, { error: 'expected an object mapping dates "YYYY-MM-DD" to lists of ranges' })
  .superRefine((overrides, ctx) => {
    const dates = Object.keys(overrides);
    if (dates.length > MAX_OVERRIDES)
      ctx.addIssue({ code: "custom", message: `at most ${MAX_OVERRIDES} dates, got ${dates.length}` });
    for (const date of dates) {
      if (parseDate(date) === undefined)
        ctx.addIssue({
          code: "custom",
          path: [date],
          message: `invalid date ${JSON.stringify(date)} (expected an existing date YYYY-MM-DD)`,
        });
    }
  });

const holidaySchema = z.union(
  [
    dateSchema,
    z.strictObject(
      { date: dateSchema, name: storableText().optional(), recurring: z.boolean().optional() },
      {
        error: (issue) =>
          issue.code === "unrecognized_keys"
            ? `unknown field ${issue.keys.map((k) => JSON.stringify(k)).join(", ")} (allowed: date, name, recurring)`
            : undefined,
      },
    ),
  ],
  { error: 'expected "YYYY-MM-DD" or { date, name?, recurring? }' },
);

const calendarSchema = z
  .strictObject(
    {
      timezone: timezoneSchema,
      always: z.literal(true, { error: "must be true when present (omit it for a weekly calendar)" }).optional(),
      weekly: weeklySchema.optional(),
      holidays: z.array(holidaySchema, { error: "expected a list of dates" }).optional(),
      overrides: overridesSchema.optional(),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `unknown field ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`
          : "expected a calendar object",
    },
  )
  .superRefine((calendar, ctx) => {
    if (calendar.always === true) {
      if (calendar.weekly !== undefined)
        ctx.addIssue({ code: "custom", path: ["weekly"], message: "not allowed together with always: true" });
      if (calendar.overrides !== undefined)
        ctx.addIssue({
          code: "custom",
          path: ["overrides"],
          message: "not allowed together with always: true (a 24×7 calendar has no hours to replace)",
        });
      return;
    }
    if (calendar.weekly === undefined) {
      ctx.addIssue({ code: "custom", path: ["weekly"], message: "required (or set always: true for a 24×7 calendar)" });
      return;
    }
    const weekly = calendar.weekly;
    if (!WEEKDAYS.some((day) => (weekly[day]?.length ?? 0) > 0)) {
      ctx.addIssue({ code: "custom", path: ["weekly"], message: "the calendar has no opening time on any day" });
    }
  });

/** The zod schema of a calendar; prefer parseCalendar, whose errors name the field path. */
export const CalendarSchema = calendarSchema;

/** A calendar that failed validation; `issues` are "path: message" lines. */
export class CalendarValidationError extends Error {
  readonly issues: readonly string[];
  constructor(issues: readonly string[]) {
    super(issues.join("; "));
    this.name = "CalendarValidationError";
    this.issues = issues;
  }
}

/** Validates unknown input as a Calendar; throws CalendarValidationError listing every problem by field path. */
export function parseCalendar(input: unknown, pathPrefix = ""): Calendar {
  const result = calendarSchema.safeParse(input);
  if (result.success) return result.data as Calendar;
  throw new CalendarValidationError(
    result.error.issues.map((issue) => `${formatPath(pathPrefix, issue.path)}: ${issue.message}`),
  );
}

function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "calendar" : out;
}
