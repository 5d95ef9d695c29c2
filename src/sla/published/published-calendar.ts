import { Temporal } from "temporal-polyfill";
import { isAlwaysCalendar, WEEKDAYS, type Calendar } from "../calendar/index.ts";

// A support-hours calendar as the public SLA page shows it: opening hours per ISO weekday, the holidays of the
// coming months with recurring ones spelled out, and the dates with hours of their own. Pure: the instant to show it at is passed in.

export type PublishedDay = { day: number; ranges: Array<{ start: string; end: string }> };
export type PublishedHoliday = { date: string; name: string };
/** A date whose hours replace its weekday's; no ranges: closed that day. */
export type PublishedSpecialDay = { date: string; ranges: Array<{ start: string; end: string }> };

/** The local date ("YYYY-MM-DD") of an instant in a time zone. */
export function localDate(epochMs: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** A local date moved by whole days or months (the 31st plus a month is the month's last day). */
export function shiftDate(date: string, by: { days?: number; months?: number }): string {
  return Temporal.PlainDate.from(date).add(by).toString();
}

/** Opening ranges for ISO weekdays 1 (Monday) … 7 (Sunday); a 24×7 calendar is open 00:00–24:00 every day. */
export function publishedWeek(calendar: Calendar): PublishedDay[] {
  return WEEKDAYS.map((weekday, i) => {
    if (isAlwaysCalendar(calendar)) return { day: i + 1, ranges: [{ start: "00:00", end: "24:00" }] };
    const ranges = [...(calendar.weekly[weekday] ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return { day: i + 1, ranges: ranges.map(([start, end]) => ({ start, end })) };
  });
}

/**
 * The days the calendar is closed for a holiday from `from` (a local date) for the next 12 months, oldest first:
 * recurring holidays once per year (a recurring 29 February only in leap years, as the clocks count it). A 24×7
 * calendar ignores holidays, so it lists none.
 */
export function publishedHolidays(calendar: Calendar, from: string): PublishedHoliday[] {
  if (isAlwaysCalendar(calendar)) return [];
  const until = shiftDate(from, { months: 12 });
  // A date with its own hours is not closed for its holiday: the override wins (it is the explicit exception).
  const overridden = calendar.overrides ?? {};
  const firstYear = Number(from.slice(0, 4));
  const out = new Map<string, PublishedHoliday>();
  const add = (date: string, name: string) => {
    if (date >= from && date < until && !out.has(date) && overridden[date] === undefined) out.set(date, { date, name });
  };
  for (const holiday of calendar.holidays ?? []) {
    const entry = typeof holiday === "string" ? { date: holiday } : holiday;
    const name = entry.name?.trim() || "Holiday";
    if (!("recurring" in entry && entry.recurring === true)) {
      add(entry.date, name);
      continue;
    }
    for (const year of [firstYear, firstYear + 1]) {
      const date = `${String(year).padStart(4, "0")}${entry.date.slice(4)}`;
      if (isRealDate(date)) add(date, name);
    }
  }
  return [...out.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The dates with their own hours (or closed) from `from` (a local date) for the next 12 months, oldest first. */
export function publishedSpecialHours(calendar: Calendar, from: string): PublishedSpecialDay[] {
  if (isAlwaysCalendar(calendar)) return [];
  const until = shiftDate(from, { months: 12 });
  return Object.entries(calendar.overrides ?? {})
    .filter(([date]) => date >= from && date < until)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, ranges]) => ({
      date,
      ranges: [...ranges].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([start, end]) => ({ start, end })),
    }));
}

function isRealDate(date: string): boolean {
  try {
    return Temporal.PlainDate.from(date, { overflow: "reject" }).toString() === date;
  } catch {
    return false;
  }
}
