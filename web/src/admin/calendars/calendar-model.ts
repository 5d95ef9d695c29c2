import type { AreaT } from "../../app/i18n.ts";
import type { CalendarDefinition, Holiday } from "../types.ts";
import { WEEKDAYS, type Weekday } from "../vocab.ts";

// The calendar definition as the editor holds it, and back to the API's shape.

export type Range = { start: string; end: string };
export type HolidayRow = { key: number; date: string; name: string; recurring: boolean };
/** One date with its own hours; no ranges: closed all day. */
export type OverrideRow = { key: number; date: string; ranges: Range[] };
export type CalendarFormState = {
  name: string;
  timezone: string;
  always: boolean;
  weekly: Record<Weekday, Range[]>;
  holidays: HolidayRow[];
  overrides: OverrideRow[];
};

let nextKey = 1;
export const rowKey = () => nextKey++;

const emptyWeek = (): Record<Weekday, Range[]> => ({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] });

export function newCalendarState(timezone: string): CalendarFormState {
  const weekly = emptyWeek();
  for (const day of ["mon", "tue", "wed", "thu", "fri"] as const) weekly[day] = [{ start: "09:00", end: "17:00" }];
  return { name: "", timezone, always: false, weekly, holidays: [], overrides: [] };
}

const holidayRow = (h: Holiday): HolidayRow =>
  typeof h === "string"
    ? { key: rowKey(), date: h, name: "", recurring: false }
    : { key: rowKey(), date: h.date, name: h.name ?? "", recurring: h.recurring === true };

export function stateFromDefinition(name: string, d: CalendarDefinition): CalendarFormState {
  const weekly = emptyWeek();
  for (const day of WEEKDAYS) weekly[day] = (d.weekly?.[day] ?? []).map(([start, end]) => ({ start, end }));
  const overrides = Object.entries(d.overrides ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, ranges]) => ({ key: rowKey(), date, ranges: ranges.map(([start, end]) => ({ start, end })) }));
  return {
    name,
    timezone: d.timezone,
    always: d.always === true,
    weekly,
    holidays: (d.holidays ?? []).map(holidayRow),
    overrides,
  };
}

/**
 * Rows for every date from `from` to `to` (inclusive, at most `MAX_SPAN_DAYS`), each with the given ranges; rows
 * already there for those dates are replaced, so re-entering a period edits it. The API stores one entry per date.
 */
export function withDateSpan(
  rows: readonly OverrideRow[],
  from: string,
  to: string,
  ranges: readonly Range[],
): OverrideRow[] | null {
  const dates = datesBetween(from, to || from);
  if (dates === null) return null;
  const added = new Set(dates);
  const kept = rows.filter((r) => !added.has(r.date));
  const next = [...kept, ...dates.map((date) => ({ key: rowKey(), date, ranges: ranges.map((r) => ({ ...r })) }))];
  return next.sort((a, b) => a.date.localeCompare(b.date));
}

/** A period entered at once is at most a year (Ramadan, a season); longer is a change of weekly hours. */
export const MAX_SPAN_DAYS = 366;

function datesBetween(from: string, to: string): string[] | null {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return null;
  const days = Math.round((end - start) / 86_400_000) + 1;
  if (days > MAX_SPAN_DAYS) return null;
  return Array.from({ length: days }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

/** The API's definition; rows keep their order so the server's field paths (holidays.3.date) point at them. */
export function definitionFromState(s: CalendarFormState): CalendarDefinition {
  const holidays: Holiday[] = s.holidays.map((h) => ({
    date: h.date,
    ...(h.name.trim() ? { name: h.name.trim() } : {}),
    recurring: h.recurring,
  }));
  if (s.always) return { timezone: s.timezone, always: true, holidays };
  const weekly: Partial<Record<Weekday, [string, string][]>> = {};
  for (const day of WEEKDAYS) weekly[day] = s.weekly[day].map((r) => [r.start.trim(), r.end.trim()]);
  const overrides: Record<string, [string, string][]> = {};
  for (const row of s.overrides) overrides[row.date] = row.ranges.map((r) => [r.start.trim(), r.end.trim()]);
  return { timezone: s.timezone, weekly, holidays, ...(s.overrides.length > 0 ? { overrides } : {}) };
}

/** "9:00" → "09:00", so a quick typist gets the HH:MM the API wants. */
export function padTime(value: string): string {
  const m = /^(\d{1,2})(?::?(\d{2}))?$/.exec(value.trim());
  if (!m) return value;
  return `${m[1]!.padStart(2, "0")}:${m[2] ?? "00"}`;
}

/** "Mon–Fri 09:00–18:00 · Sat, Sun closed": consecutive days with the same hours share one entry. */
export function summarizeWeek(d: CalendarDefinition, t: AreaT<"admin">): string {
  if (d.always) return t("admin:calendars.alwaysOpen");
  const hours = (day: Weekday) => (d.weekly?.[day] ?? []).map(([a, b]) => `${a}–${b}`).join(", ");
  const parts: string[] = [];
  let i = 0;
  while (i < WEEKDAYS.length) {
    const first = WEEKDAYS[i]!;
    let j = i;
    while (j + 1 < WEEKDAYS.length && hours(WEEKDAYS[j + 1]!) === hours(first)) j++;
    const label =
      i === j
        ? t(`admin:weekdayShort.${first}`)
        : `${t(`admin:weekdayShort.${first}`)}–${t(`admin:weekdayShort.${WEEKDAYS[j]!}`)}`;
    parts.push(`${label} ${hours(first) || t("admin:calendars.closed")}`);
    i = j + 1;
  }
  return parts.join(" · ");
}

/** Time zones the browser knows, with the current one kept even if the list lacks it. */
export function timeZones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  const zones = new Set(all);
  zones.add("UTC");
  if (current) zones.add(current);
  return [...zones].sort((a, b) => a.localeCompare(b));
}
