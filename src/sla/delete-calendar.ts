import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { calendarUsers, deleteCalendarRow, lockCalendar } from "./calendar.store.ts";
import { isForeignKeyViolation } from "./policy.store.ts";
import { authorizeSla } from "./sla-access.policy.ts";
import { lockSlaSetup } from "./sla-admin.store.ts";
import { slaError } from "./sla.errors.ts";

/** Deletes a calendar (admin), refused while any policy version or group target runs on it. */
export async function deleteCalendar(deps: Pick<Deps, "db">, actor: Actor, id: string): Promise<void> {
  authorizeSla(actor, "settings.write");
  await deps.db.transaction(async (tx) => {
    await lockSlaSetup(tx);
    if (!(await lockCalendar(tx, id))) throw slaError("CALENDAR_NOT_FOUND", "params.id");
    const users = await calendarUsers(tx, id);
    if (users.policies.length > 0 || users.groups.length > 0) throw slaError("CALENDAR_IN_USE", "params.id", { usedBy: users });
    await deleteCalendarRow(tx, id).catch((error: unknown) => {
      throw isForeignKeyViolation(error) ? slaError("CALENDAR_IN_USE", "params.id") : error;
    });
  });
}
