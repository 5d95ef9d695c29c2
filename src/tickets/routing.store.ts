import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../platform/db/database.ts";
import { groupMembers, people, settings, supportGroups } from "../identity/identity.tables.ts";
import { categories, routingRules } from "./ticket.tables.ts";
import { DEFAULT_PRIORITY_MATRIX, type PriorityMatrix } from "./ticket.ts";

const MATRIX_KEY = "priority_matrix";

/** The workspace's impact × urgency matrix, or the published default. */
export async function loadPriorityMatrix(db: Db): Promise<PriorityMatrix> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, MATRIX_KEY));
  return (row?.value as PriorityMatrix | undefined) ?? DEFAULT_PRIORITY_MATRIX;
}

export async function savePriorityMatrix(db: Db, matrix: PriorityMatrix, at: Date): Promise<void> {
  await db
    .insert(settings)
    .values({ key: MATRIX_KEY, value: matrix, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value: matrix, updatedAt: at } });
}

/** Active routing rules in evaluation order. */
export async function activeRoutingRules(db: Db) {
  return db.select().from(routingRules).where(eq(routingRules.active, true)).orderBy(asc(routingRules.position), asc(routingRules.createdAt));
}

/** The lowest-tier group (the service desk): where tickets no rule routes land. */
export async function serviceDeskGroup(db: Db): Promise<{ id: string } | undefined> {
  const [row] = await db.select({ id: supportGroups.id }).from(supportGroups).orderBy(asc(supportGroups.tier), asc(supportGroups.name)).limit(1);
  return row;
}

export async function findGroup(db: Db, id: string) {
  const [row] = await db.select().from(supportGroups).where(eq(supportGroups.id, id));
  return row;
}

export async function findCategory(db: Db, id: string) {
  const [row] = await db.select({ id: categories.id }).from(categories).where(eq(categories.id, id));
  return row;
}

/** Active agents of a group with their round-robin stamp, locked so concurrent assignments take turns. */
export async function lockGroupMembers(tx: Db, groupId: string) {
  return tx
    .select({ personId: groupMembers.personId, lastAssignedAt: groupMembers.lastAssignedAt })
    .from(groupMembers)
    .innerJoin(people, eq(people.id, groupMembers.personId))
    .where(and(eq(groupMembers.groupId, groupId), eq(people.active, true), inArray(people.role, ["agent", "manager", "admin"])))
    .orderBy(asc(groupMembers.personId))
    .for("update", { of: groupMembers });
}

export async function stampAssigned(tx: Db, groupId: string, personId: string, at: Date): Promise<void> {
  await tx
    .update(groupMembers)
    .set({ lastAssignedAt: at })
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.personId, personId)));
}

export async function isGroupMember(db: Db, groupId: string, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`1` })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.personId, personId)));
  return row !== undefined;
}
