import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { diffFields } from "../../identity/audit.ts";
import { calendarViews, validCalendar, type CalendarView } from "./calendar-definition.ts";
import { findCalendarVersions, insertCalendarVersion, lockCalendar } from "./calendar.store.ts";
import { authorizeSla } from "../sla-access.policy.ts";
import { slaError } from "../sla.errors.ts";
import { rescheduleTicketsOnCalendar } from "../clock/ticket-sla.store.ts";
import { lockSlaSetup } from "../sla-references.store.ts";

/**
 * Edits a calendar (admin) by adding a version effective now, or at `effectiveFrom` when given (never in the
 * past): business time before it stays measured on the old hours. Versions apply in effective-from order.
 */
export async function reviseCalendar(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: { definition: unknown; effectiveFrom?: Date },
): Promise<CalendarView> {
  authorizeSla(actor, "settings.write");
  const definition = validCalendar(input.definition, "body.definition");
  const now = deps.clock.now();
  if (input.effectiveFrom && input.effectiveFrom < now)
    throw slaError("EFFECTIVE_FROM_IN_PAST", "body.effectiveFrom", { now: now.toISOString() });
  const effectiveFrom = input.effectiveFrom ?? now;
  return deps.db.transaction(async (tx) => {
    await lockSlaSetup(tx);
    const calendar = await lockCalendar(tx, id);
    if (!calendar) throw slaError("CALENDAR_NOT_FOUND", "params.id");
    const existing = await findCalendarVersions(tx, [id]);
    if (existing.some((v) => v.effectiveFrom.getTime() === effectiveFrom.getTime()))
      throw slaError("CALENDAR_VERSION_EXISTS", "body.effectiveFrom");
    const version = await insertCalendarVersion(tx, {
      calendarId: id,
      effectiveFrom,
      definition,
      createdBy: actorIdOf(actor),
      createdAt: now,
    });
    await rescheduleTicketsOnCalendar(tx, id, now);
    // "from" is the latest version before this one: the hours this revision replaces from its effective instant.
    const previous = existing
      .filter((v) => v.effectiveFrom < effectiveFrom)
      .sort((a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime())[0];
    const changes = diffFields(
      previous ? { definition: previous.definition, effectiveFrom: previous.effectiveFrom } : null,
      { definition, effectiveFrom },
      ["definition", "effectiveFrom"],
    );
    await recordAudit(
      tx,
      actor,
      { action: "sla_calendar.revised", entity: "sla_calendar", entityId: id, changes },
      now,
    );
    return calendarViews([calendar], [...existing, version], now)[0]!;
  });
}
