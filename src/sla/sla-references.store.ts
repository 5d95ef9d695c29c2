import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { organizations, people, supportGroups } from "../identity/identity.tables.ts";
import type { Db } from "../platform/db/database.ts";
import { categories } from "../tickets/ticket.tables.ts";

/** Serialises SLA setup across processes for the rest of the transaction. (calendars, policies, group targets). */
export async function lockSlaSetup(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(4711002)`);
}

// Existence checks for what SLA settings and escalations refer to. Unscoped: callers are staff or admins.

/** The ids among these that are active staff (agents, managers, admins). */
export async function activeStaffIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(and(inArray(people.id, [...new Set(ids)]), eq(people.active, true), ne(people.role, "requester")));
  return new Set(rows.map((r) => r.id));
}

/** A support group by id. */
export async function findGroupRow(db: Db, id: string) {
  const [row] = await db.select().from(supportGroups).where(eq(supportGroups.id, id));
  return row;
}

/** Support groups by id with their names. */
export async function groupNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: supportGroups.id, name: supportGroups.name })
    .from(supportGroups)
    .where(inArray(supportGroups.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Whether an organization with this id exists. */
export async function organizationExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id));
  return row !== undefined;
}

/** Whether a category with this id exists. */
export async function categoryExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: categories.id }).from(categories).where(eq(categories.id, id));
  return row !== undefined;
}
