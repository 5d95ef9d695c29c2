import { and, asc, eq, notInArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../platform/db/database.ts";
import { isStaff, type Actor } from "./actor.ts";
import { groupMembers, supportGroups } from "./identity.tables.ts";

/** The SQL form of the policy's group.read: staff see every group, anyone else none. */
export function groupsVisibleTo(actor: Actor): SQL | undefined {
  return isStaff(actor) ? undefined : sql`false`;
}

const memberIds = sql<
  string[]
>`coalesce((select array_agg(${groupMembers.personId} order by ${groupMembers.personId}) from ${groupMembers} where ${groupMembers.groupId} = ${supportGroups.id}), '{}')`;

const groupColumns = {
  id: supportGroups.id,
  name: supportGroups.name,
  nameUr: supportGroups.nameUr,
  tier: supportGroups.tier,
  leadId: supportGroups.leadId,
  assignment: supportGroups.assignment,
  createdAt: supportGroups.createdAt,
  memberIds,
};

export type GroupRow = typeof supportGroups.$inferSelect & { memberIds: string[] };

/** The groups the actor may see, by tier then name, with their members. */
export async function findGroups(db: Db, actor: Actor): Promise<GroupRow[]> {
  return db
    .select(groupColumns)
    .from(supportGroups)
    .where(groupsVisibleTo(actor))
    .orderBy(asc(supportGroups.tier), asc(supportGroups.name));
}

/** A group the actor may see, with its members, or undefined. */
export async function findGroupOf(db: Db, actor: Actor, id: string): Promise<GroupRow | undefined> {
  const [row] = await db
    .select(groupColumns)
    .from(supportGroups)
    .where(and(eq(supportGroups.id, id), groupsVisibleTo(actor)));
  return row;
}

/** Locks a group the actor may see (members included in the answer) for the rest of the transaction. */
export async function lockGroup(tx: Db, actor: Actor, id: string): Promise<GroupRow | undefined> {
  const [row] = await tx
    .select(groupColumns)
    .from(supportGroups)
    .where(and(eq(supportGroups.id, id), groupsVisibleTo(actor)))
    .for("update", { of: supportGroups });
  return row;
}

export async function insertGroupRow(tx: Db, row: typeof supportGroups.$inferInsert): Promise<GroupRow> {
  const [created] = await tx.insert(supportGroups).values(row).returning();
  return { ...created!, memberIds: [] };
}

export async function updateGroupRow(tx: Db, id: string, patch: Partial<typeof supportGroups.$inferInsert>) {
  const [row] = await tx.update(supportGroups).set(patch).where(eq(supportGroups.id, id)).returning();
  return row!;
}

/** Makes the group's members exactly these people; those who stay keep their round-robin turn. */
export async function replaceGroupMembers(tx: Db, groupId: string, personIds: readonly string[]): Promise<void> {
  const keep = [...new Set(personIds)];
  await tx
    .delete(groupMembers)
    .where(
      and(eq(groupMembers.groupId, groupId), keep.length > 0 ? notInArray(groupMembers.personId, keep) : undefined),
    );
  if (keep.length > 0) {
    await tx
      .insert(groupMembers)
      .values(keep.map((personId) => ({ groupId, personId })))
      .onConflictDoNothing();
  }
}
