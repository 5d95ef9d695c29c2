import { CalendarValidationError, parseCalendar, type Calendar } from "./index.ts";
import { DomainError } from "../../shared/errors.ts";
import { slaErrorMessage } from "../sla.errors.ts";
import type { CalendarRow, CalendarVersionRow } from "./calendar.store.ts";

/**
 * Validates a calendar definition given as input; a bad one is CALENDAR_INVALID naming every field at
 * fault under `field`, e.g. "body.definition.weekly.mon[0][0]".
 */
export function validCalendar(input: unknown, field: string): Calendar {
  try {
    return parseCalendar(input, field);
  } catch (error) {
    if (!(error instanceof CalendarValidationError)) throw error;
    const errors = error.issues.map((issue) => {
      const at = issue.indexOf(": ");
      return at < 0 ? { field, message: issue } : { field: issue.slice(0, at), message: issue.slice(at + 2) };
    });
    const first = errors[0] ?? { field, message: "invalid" };
    // The detail reads on its own (a CLI prints just it); `errors` lists every field at fault.
    throw new DomainError(
      "invalid",
      "CALENDAR_INVALID",
      `${slaErrorMessage("CALENDAR_INVALID")} ${first.field}: ${first.message}`,
      first.field,
      { errors },
    );
  }
}

/** A calendar with its whole edit history and the version in force now. */
export type CalendarView = { calendar: CalendarRow; versions: CalendarVersionRow[]; current: CalendarVersionRow };

/** Groups versions under their calendars and picks each one's version in force at `now` (the first reaches back forever). */
export function calendarViews(
  rows: readonly CalendarRow[],
  versions: readonly CalendarVersionRow[],
  now: Date,
): CalendarView[] {
  const byCalendar = new Map<string, CalendarVersionRow[]>();
  for (const v of versions) byCalendar.set(v.calendarId, [...(byCalendar.get(v.calendarId) ?? []), v]);
  return rows.flatMap((calendar) => {
    const list = (byCalendar.get(calendar.id) ?? []).sort(
      (a, b) => a.effectiveFrom.getTime() - b.effectiveFrom.getTime(),
    );
    const current = list.filter((v) => v.effectiveFrom <= now).at(-1) ?? list[0];
    return current ? [{ calendar, versions: list, current }] : [];
  });
}
