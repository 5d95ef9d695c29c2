import { parseDate } from "./calendar.ts";
import { MS_PER_DAY, MS_PER_MINUTE, daysFromCivil } from "./civil.ts";
import type { CompiledCalendar } from "./compile.ts";

/** An opening of one local day, as local wall-clock minutes from its midnight (end 1440 = midnight after). */
export type DayOpening = { readonly fromMinute: number; readonly toMinute: number };

/** A local date and wall-clock minute of the calendar's zone as an instant (gaps move forward, folds take the earlier). */
export function localInstant(compiled: CompiledCalendar, date: string, minute: number): number {
  const d = parseDate(date);
  if (!d) throw new RangeError(`not a date: ${date}`);
  return compiled.zone.localToInstant(daysFromCivil(d.year, d.month, d.day) * MS_PER_DAY + minute * MS_PER_MINUTE);
}

/**
 * When the calendar is open on one local date (holidays and every rule of the calendar applied), as wall-clock
 * minutes of that day, in order: what "support hours on that day" means to someone choosing a time.
 */
export function openingsOn(compiled: CompiledCalendar, date: string): DayOpening[] {
  const dayStart = localInstant(compiled, date, 0);
  const dayEnd = localInstant(compiled, date, 1440);
  if (compiled.always) return [{ fromMinute: 0, toMinute: 1440 }];
  const w = compiled.cover(dayStart);
  if (dayEnd > w.validTo) compiled.cover(dayEnd);
  const window = compiled.window;
  const out: DayOpening[] = [];
  const minuteOf = (ms: number) =>
    Math.round((ms - dayStart + (compiled.zone.offsetAt(ms) - compiled.zone.offsetAt(dayStart))) / MS_PER_MINUTE);
  for (let k = 0; k < window.count; k++) {
    const start = Math.max(window.starts[k] as number, dayStart);
    const end = Math.min(window.ends[k] as number, dayEnd);
    if (end > start) out.push({ fromMinute: minuteOf(start), toMinute: end === dayEnd ? 1440 : minuteOf(end) });
  }
  return out;
}

/** Whether the whole span from one wall-clock minute to another of a local date lies inside the day's openings. */
export function withinOpenings(openings: readonly DayOpening[], fromMinute: number, toMinute: number): boolean {
  return openings.some((o) => o.fromMinute <= fromMinute && toMinute <= o.toMinute);
}
