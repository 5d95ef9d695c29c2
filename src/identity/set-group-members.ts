import type { Deps } from "../context.ts";
import type { Actor } from "./actor.ts";
import { diffFields, hasChanges } from "./audit.ts";
import { recordAudit } from "./audit.store.ts";
import { checkStaffPeople } from "./check-staff-people.ts";
import { authorize } from "./directory.policy.ts";
import { findGroupOf, lockGroup, replaceGroupMembers, type GroupRow } from "./group.store.ts";
import { identityError } from "./identity.errors.ts";

/** Makes a group's members exactly these people (admin); every member must be staff. Audited as one change. */
export async function setGroupMembers(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  groupId: string,
  personIds: readonly string[],
): Promise<GroupRow> {
  authorize(actor, "group.write");
  return deps.db.transaction(async (tx) => {
    const before = await lockGroup(tx, actor, groupId);
    if (!before) throw identityError("GROUP_NOT_FOUND", "params.id");
    await checkStaffPeople(tx, personIds, "MEMBER_NOT_AGENT", (i) => `body.personIds.${i}`);
    const memberIds = [...new Set(personIds)].sort();
    const changes = diffFields({ memberIds: [...before.memberIds].sort() }, { memberIds }, ["memberIds"]);
    if (!hasChanges(changes)) return before;
    await replaceGroupMembers(tx, groupId, memberIds);
    await recordAudit(
      tx,
      actor,
      { action: "group.members_updated", entity: "group", entityId: groupId, changes },
      deps.clock.now(),
    );
    return (await findGroupOf(tx, actor, groupId))!;
  });
}
