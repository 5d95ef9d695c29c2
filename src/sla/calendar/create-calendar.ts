import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { diffFields } from "../../identity/audit.ts";
import { validCalendar, type CalendarView } from "./calendar-definition.ts";
import { authorizeSla } from "../sla-access.policy.ts";
import { slaError } from "../sla.errors.ts";
import { lockSlaSetup } from "../sla-references.store.ts";
import { findCalendarByName, insertCalendar } from "./calendar.store.ts";

/** Adds a support-hours calendar (admin); its first version is in force from now on. */
export async function createCalendar(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: { name: string; definition: unknown },
): Promise<CalendarView> {
  authorizeSla(actor, "settings.write");
  const definition = validCalendar(input.definition, "body.definition");
  return deps.db.transaction(async (tx) => {
    await lockSlaSetup(tx);
    if (await findCalendarByName(tx, input.name)) throw slaError("NAME_TAKEN", "body.name");
    const { version, ...calendar } = await insertCalendar(tx, {
      name: input.name,
      definition,
      effectiveFrom: deps.clock.now(),
      createdBy: actorIdOf(actor),
    });
    const changes = diffFields(
      null,
      { name: calendar.name, definition: version.definition, effectiveFrom: version.effectiveFrom },
      ["name", "definition", "effectiveFrom"],
    );
    await recordAudit(
      tx,
      actor,
      { action: "sla_calendar.created", entity: "sla_calendar", entityId: calendar.id, changes },
      deps.clock.now(),
    );
    return { calendar, versions: [version], current: version };
  });
}
