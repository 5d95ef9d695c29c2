import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { isStaff, type Actor } from "../identity/actor.ts";
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

/** The matrix, locked until the transaction ends (an advisory lock also covers the first write, when no row exists yet). */
export async function lockPriorityMatrix(tx: Db): Promise<PriorityMatrix> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('frontline.settings.priority_matrix'))`);
  return loadPriorityMatrix(tx);
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

/** Every category, by name: reference data anyone signed in may read, so there is no scope to apply. */
export async function findCategories(db: Db) {
  return db.select().from(categories).orderBy(asc(categories.name), asc(categories.id));
}

/** Locks a category for the rest of the transaction. */
export async function lockCategory(tx: Db, id: string) {
  const [row] = await tx.select().from(categories).where(eq(categories.id, id)).for("update");
  return row;
}

export async function insertCategoryRow(tx: Db, row: typeof categories.$inferInsert) {
  const [created] = await tx.insert(categories).values(row).returning();
  return created!;
}

export async function updateCategoryRow(tx: Db, id: string, patch: Partial<typeof categories.$inferInsert>) {
  const [row] = await tx.update(categories).set(patch).where(eq(categories.id, id)).returning();
  return row!;
}

/** The SQL form of the policy's routingRule.read: staff see every rule, anyone else none. */
export function routingRulesVisibleTo(actor: Actor): SQL | undefined {
  return isStaff(actor) ? undefined : sql`false`;
}

/** Every routing rule the actor may see, in evaluation order (inactive ones too). */
export async function findRoutingRules(db: Db, actor: Actor) {
  return db.select().from(routingRules).where(routingRulesVisibleTo(actor)).orderBy(asc(routingRules.position), asc(routingRules.createdAt), asc(routingRules.id));
}

/** Locks a routing rule the actor may see for the rest of the transaction. */
export async function lockRoutingRule(tx: Db, actor: Actor, id: string) {
  const [row] = await tx
    .select()
    .from(routingRules)
    .where(and(eq(routingRules.id, id), routingRulesVisibleTo(actor)))
    .for("update");
  return row;
}

export async function insertRoutingRuleRow(tx: Db, row: typeof routingRules.$inferInsert) {
  const [created] = await tx.insert(routingRules).values(row).returning();
  return created!;
}

export async function updateRoutingRuleRow(tx: Db, id: string, patch: Partial<typeof routingRules.$inferInsert>) {
  const [row] = await tx.update(routingRules).set(patch).where(eq(routingRules.id, id)).returning();
  return row!;
}

export async function deleteRoutingRuleRow(tx: Db, id: string): Promise<void> {
  await tx.delete(routingRules).where(eq(routingRules.id, id));
}
