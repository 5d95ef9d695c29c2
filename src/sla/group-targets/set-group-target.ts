import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import type { Priority } from "../../shared/enums.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { diffFields, hasChanges } from "../../identity/audit.ts";
import { existingCalendarIds } from "../calendar/calendar.store.ts";
import { findGroupTargets, saveGroupTarget, type GroupTargetRow } from "./group-target.store.ts";
import { authorizeSla } from "../sla-access.policy.ts";
import { findGroupRow, lockSlaSetup } from "../sla-references.store.ts";
import { slaError } from "../sla.errors.ts";
import { markGroupFactsDirtyUnscoped } from "../../reports/indicator-facts-dirty.store.ts";

export type GroupTargetInput = { calendarId: string | null; minutes: Partial<Record<Priority, number>> };

/**
 * Sets a support group's internal targets (admin): business minutes per priority for how long the group may
 * hold an active ticket, measured on `calendarId` (null: on the ticket's resolution calendar).
 */
export async function setGroupTarget(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  groupId: string,
  input: GroupTargetInput,
): Promise<GroupTargetRow> {
  authorizeSla(actor, "settings.write");
  return deps.db.transaction(async (tx) => {
    // Serialised with calendar deletion, so a target never points at a calendar deleted meanwhile.
    await lockSlaSetup(tx);
    if (!(await findGroupRow(tx, groupId))) throw slaError("GROUP_NOT_FOUND", "params.groupId");
    if (input.calendarId && !(await existingCalendarIds(tx, [input.calendarId])).has(input.calendarId))
      throw slaError("UNKNOWN_CALENDAR", "body.calendarId");
    const [before] = await findGroupTargets(tx, [groupId]);
    const saved = await saveGroupTarget(tx, { groupId, calendarId: input.calendarId, minutes: input.minutes });
    const changes = diffFields(before ?? null, saved, ["calendarId", "minutes"]);
    // The tickets the group held are judged against its targets (time per tier): their facts are refolded.
    if (hasChanges(changes)) await markGroupFactsDirtyUnscoped(tx, groupId, deps.clock.now());
    if (hasChanges(changes))
      await recordAudit(
        tx,
        actor,
        { action: "sla_group_target.updated", entity: "sla_group_target", entityId: groupId, changes },
        deps.clock.now(),
      );
    return saved;
  });
}
