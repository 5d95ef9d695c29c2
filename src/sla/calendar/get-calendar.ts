import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { calendarViews, type CalendarView } from "./calendar-definition.ts";
import { findCalendar, findCalendarVersions } from "./calendar.store.ts";
import { authorizeSla } from "../sla-access.policy.ts";
import { slaError } from "../sla.errors.ts";

/** One calendar with all its versions, oldest first (staff). */
export async function getCalendar(deps: Pick<Deps, "db" | "clock">, actor: Actor, id: string): Promise<CalendarView> {
  authorizeSla(actor, "settings.read");
  const row = await findCalendar(deps.db, id);
  const [view] = row ? calendarViews([row], await findCalendarVersions(deps.db, [id]), deps.clock.now()) : [];
  if (!view) throw slaError("CALENDAR_NOT_FOUND", "params.id");
  return view;
}
