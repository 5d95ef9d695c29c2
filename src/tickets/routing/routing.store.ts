import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { isStaff, type Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import { groupMembers, people, settings, supportGroups } from "../../identity/identity.tables.ts";
import { categories, routingRules, tickets } from "../ticket.tables.ts";
import { DEFAULT_PRIORITY_MATRIX, type PriorityMatrix } from "../ticket/ticket.ts";

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
  return db
    .select()
    .from(routingRules)
    .where(eq(routingRules.active, true))
    .orderBy(asc(routingRules.position), asc(routingRules.createdAt));
}

/** The lowest-tier group (the service desk): where tickets no rule routes land. */
export async function serviceDeskGroup(db: Db): Promise<{ id: string } | undefined> {
  const [row] = await db
    .select({ id: supportGroups.id })
    .from(supportGroups)
    .orderBy(asc(supportGroups.tier), asc(supportGroups.name))
    .limit(1);
  return row;
}

export async function findGroup(db: Db, id: string) {
  const [row] = await db.select().from(supportGroups).where(eq(supportGroups.id, id));
  return row;
}

/** Every category's id (there are tens, never deleted): what the reference cache keeps for ticket writes. */
export async function categoryIds(db: Db): Promise<ReadonlySet<string>> {
  const rows = await db.select({ id: categories.id }).from(categories);
  return new Set(rows.map((r) => r.id));
}

export async function findCategory(db: Db, id: string) {
  const [row] = await db.select({ id: categories.id }).from(categories).where(eq(categories.id, id));
  return row;
}

/**
 * Takes the turn of a group's next member (round robin: the longest unassigned; least loaded: the fewest open tickets
 * first) and returns them. Under a burst larger than the group every member row can be mid-assignment (locked by
 * another create's transaction): the ticket then goes to the member next in line without waiting and without taking
 * the turn, at the cost of a slightly uneven turn — in the same statement, so a busy desk pays no second round trip.
 * Null when the group has no active staff member.
 *
 * As two CTEs, `claimed` and `next_member` (one row: `person_id`, null when none), with the group and the time as the
 * placeholders given: a new ticket's insert takes them in (appendFirstEvents), so a create sends no statement of its
 * own for its assignee. The texts are fixed: the insert's is a named prepared statement.
 */
export function claimNextMemberCtes(strategy: AssignedStrategy, group: string, at: string): string {
  const load =
    strategy === "least_loaded"
      ? `(select count(*) from "tickets" t where t.assignee_id = gm.person_id and t.status in ('new','open','pending','on_hold')),`
      : "";
  return `claimed as (
    update "group_members" set "last_assigned_at" = ${at}
    where "group_id" = ${group} and "person_id" = (
      select gm.person_id from "group_members" gm join "people" p on p.id = gm.person_id
      where gm.group_id = ${group} and p.active and p.role <> 'requester'
      order by ${load} gm.last_assigned_at nulls first, gm.person_id
      limit 1 for update of gm skip locked)
    returning "person_id"),
  next_member as (select coalesce(
    (select "person_id" from claimed),
    (select gm.person_id from "group_members" gm join "people" p on p.id = gm.person_id
      where gm.group_id = ${group} and p.active and p.role in ('agent', 'manager', 'admin')
      order by gm.last_assigned_at nulls first, gm.person_id
      limit 1)) as person_id)`;
}

/** The strategies that pick an assignee (manual picks none). */
export type AssignedStrategy = "round_robin" | "least_loaded";

export async function isGroupMember(db: Db, groupId: string, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`1` })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.personId, personId)));
  return row !== undefined;
}

/**
 * Whether a person may take a ticket of the group, in one read: `missing` when no active staff member has that
 * id, `outside` when they are not in the group (no group: any active staff member), else `member`.
 */
export async function assignabilityUnscoped(
  db: Db,
  personId: string,
  groupId: string | null,
): Promise<"missing" | "outside" | "member"> {
  const member = groupId
    ? sql<boolean>`exists (select 1 from ${groupMembers} where ${groupMembers.groupId} = ${groupId} and ${groupMembers.personId} = ${people.id})`
    : sql<boolean>`true`;
  const [row] = await db
    .select({ member })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.active, true), sql`${people.role} <> 'requester'`));
  return !row ? "missing" : row.member ? "member" : "outside";
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
  return db
    .select()
    .from(routingRules)
    .where(routingRulesVisibleTo(actor))
    .orderBy(asc(routingRules.position), asc(routingRules.createdAt), asc(routingRules.id));
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
