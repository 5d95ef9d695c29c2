import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { findGroupTargets, type GroupTargetRow } from "./group-target.store.ts";
import { authorizeSla } from "../sla-access.policy.ts";
import { findGroupRow } from "../sla-references.store.ts";
import { slaError } from "../sla.errors.ts";

/** A support group's internal (OLA) targets; none set reads as no calendar and no minutes (staff). */
export async function getGroupTarget(deps: Pick<Deps, "db">, actor: Actor, groupId: string): Promise<GroupTargetRow> {
  authorizeSla(actor, "settings.read");
  if (!(await findGroupRow(deps.db, groupId))) throw slaError("GROUP_NOT_FOUND", "params.groupId");
  const [row] = await findGroupTargets(deps.db, [groupId]);
  return row ?? { groupId, calendarId: null, minutes: {} };
}
