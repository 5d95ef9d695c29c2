import type { Deps } from "../context.ts";
import type { AssignmentStrategy } from "../shared/enums.ts";
import type { Actor } from "./actor.ts";
import { applyPatch, changedValues, diffFields, hasChanges } from "./audit.ts";
import { recordAudit } from "./audit.store.ts";
import { checkStaffPeople } from "./check-staff-people.ts";
import { GROUP_FIELDS } from "./create-group.ts";
import { authorize } from "./directory.policy.ts";
import { isUniqueViolation } from "./directory.store.ts";
import { lockGroup, updateGroupRow, type GroupRow } from "./group.store.ts";
import { identityError } from "./identity.errors.ts";
import { markGroupFactsDirtyUnscoped } from "../reports/indicator-facts-dirty.store.ts";

export type GroupPatch = {
  name?: string;
  nameUr?: string | null;
  tier?: number;
  leadId?: string | null;
  assignment?: AssignmentStrategy;
};

/** Changes a support group (admin): the name stays unique, a new lead must be staff. Audited. */
export async function updateGroup(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  patch: GroupPatch,
): Promise<GroupRow> {
  authorize(actor, "group.write");
  return deps.db.transaction(async (tx) => {
    const before = await lockGroup(tx, actor, id);
    if (!before) throw identityError("GROUP_NOT_FOUND", "params.id");
    // An empty Urdu name is no Urdu name.
    const after = applyPatch(before, patch.nameUr === undefined ? patch : { ...patch, nameUr: patch.nameUr || null });
    if (after.leadId && after.leadId !== before.leadId)
      await checkStaffPeople(tx, [after.leadId], "GROUP_LEAD_NOT_AGENT", () => "body.leadId");
    const changes = diffFields(before, after, GROUP_FIELDS);
    if (!hasChanges(changes)) return before;
    const row = await updateGroupRow(tx, id, changedValues(after, changes)).catch((error: unknown) => {
      throw isUniqueViolation(error) ? identityError("NAME_TAKEN", "body.name") : error;
    });
    // Time per tier is measured by the group's tier: the facts of the tickets it held are refolded.
    if (after.tier !== before.tier) await markGroupFactsDirtyUnscoped(tx, id, deps.clock.now());
    await recordAudit(tx, actor, { action: "group.updated", entity: "group", entityId: id, changes }, deps.clock.now());
    return { ...row, memberIds: before.memberIds };
  });
}
