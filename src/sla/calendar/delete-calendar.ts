import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { diffFields } from "../../identity/audit.ts";
import { calendarUsers, deleteCalendarRow, lockCalendar } from "./calendar.store.ts";
import { isForeignKeyViolation } from "../policy/policy.store.ts";
import { authorizeSla } from "../sla-access.policy.ts";
import { slaError } from "../sla.errors.ts";
import { lockSlaSetup } from "../sla-references.store.ts";

/** Deletes a calendar (admin), refused while any policy version or group target runs on it. */
export async function deleteCalendar(deps: Pick<Deps, "db" | "clock">, actor: Actor, id: string): Promise<void> {
  authorizeSla(actor, "settings.write");
  await deps.db.transaction(async (tx) => {
    await lockSlaSetup(tx);
    const calendar = await lockCalendar(tx, id);
    if (!calendar) throw slaError("CALENDAR_NOT_FOUND", "params.id");
    const users = await calendarUsers(tx, id);
    if (users.policies.length > 0 || users.groups.length > 0)
      throw slaError("CALENDAR_IN_USE", "params.id", { usedBy: users });
    await deleteCalendarRow(tx, id).catch((error: unknown) => {
      throw isForeignKeyViolation(error) ? slaError("CALENDAR_IN_USE", "params.id") : error;
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "sla_calendar.deleted",
        entity: "sla_calendar",
        entityId: id,
        changes: diffFields({ name: calendar.name }, null, ["name"]),
      },
      deps.clock.now(),
    );
  });
}
