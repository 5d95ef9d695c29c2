import { inArray } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import { groupTargets } from "../sla.tables.ts";

export type GroupTargetRow = typeof groupTargets.$inferSelect;

/** The internal (OLA) targets of these groups, where set. */
export async function findGroupTargets(db: Db, groupIds: readonly string[]): Promise<GroupTargetRow[]> {
  if (groupIds.length === 0) return [];
  return db
    .select()
    .from(groupTargets)
    .where(inArray(groupTargets.groupId, [...new Set(groupIds)]));
}

/** Sets a group's targets, replacing what was there. */
export async function saveGroupTarget(tx: Db, row: GroupTargetRow): Promise<GroupTargetRow> {
  const [saved] = await tx
    .insert(groupTargets)
    .values(row)
    .onConflictDoUpdate({ target: groupTargets.groupId, set: { calendarId: row.calendarId, minutes: row.minutes } })
    .returning();
  return saved!;
}
