import { compileCalendar, type Calendar } from "../sla/calendar/index.ts";
import { openingsOn, withinOpenings, type DayOpening } from "../sla/calendar/day-openings.ts";
import type { FieldProblem } from "./consultation.ts";

// The form asks for "a window during support hours": the window must lie inside one opening of the support
// calendar on the preferred day (its holidays closed), read on that calendar's wall clock. Pure.

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** "09:00–13:00, 14:00–18:00": a day's openings as people read them. */
export function describeOpenings(openings: readonly DayOpening[]): string {
  return openings.map((o) => `${hhmm(o.fromMinute)}–${o.toMinute === 1440 ? "24:00" : hhmm(o.toMinute)}`).join(", ");
}

/**
 * The problem with a well-formed window that falls outside support hours, or none: a closed day is the date's
 * fault (body.preferredDate); otherwise the end of the window that lies outside (body.windowStart first).
 * No calendar (no SLA published) means nothing to check against.
 */
export function windowOutsideHours(
  calendar: Calendar | undefined,
  r: { preferredDate: string; windowStart: string; windowEnd: string },
): FieldProblem | undefined {
  if (!calendar) return undefined;
  const openings = openingsOn(compileCalendar(calendar), r.preferredDate);
  const zone = calendar.timezone;
  if (openings.length === 0)
    return {
      field: "body.preferredDate",
      message: `support is closed on ${r.preferredDate} (${zone}): choose a working day`,
    };
  const from = minutes(r.windowStart);
  const to = minutes(r.windowEnd);
  if (withinOpenings(openings, from, to)) return undefined;
  const startInside = openings.some((o) => o.fromMinute <= from && from < o.toMinute);
  const message = `must be within support hours on ${r.preferredDate}: ${describeOpenings(openings)} (${zone})`;
  return { field: startInside ? "body.windowEnd" : "body.windowStart", message };
}
