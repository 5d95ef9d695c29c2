import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { calendarViews, type CalendarView } from "./calendar-definition.ts";
import { findCalendarVersions, listCalendarsUnscoped } from "./calendar.store.ts";
import { authorizeSla } from "../sla-access.policy.ts";

/** Every support-hours calendar with the version in force now, by name (staff). */
export async function listCalendars(deps: Pick<Deps, "db" | "clock">, actor: Actor): Promise<CalendarView[]> {
  authorizeSla(actor, "settings.read");
  const [rows, versions] = await Promise.all([listCalendarsUnscoped(deps.db), findCalendarVersions(deps.db)]);
  return calendarViews(rows, versions, deps.clock.now());
}
