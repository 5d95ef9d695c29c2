import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../platform/db/database.ts";
import { organizations, people } from "./identity.tables.ts";

/** An active person by id, with their organization. Unscoped: callers decide what the actor may do with them. */
export async function findActivePersonUnscoped(db: Db, id: string) {
  const [row] = await db
    .select({ id: people.id, name: people.name, role: people.role, organizationId: people.organizationId, email: people.email })
    .from(people)
    .where(and(eq(people.id, id), eq(people.active, true)));
  return row;
}

/** Anyone (active or not) with this email, case-insensitively. Unscoped: uniqueness checks and CLI lookups. */
export async function findPersonByEmailUnscoped(db: Db, email: string) {
  const [row] = await db.select().from(people).where(sql`lower(${people.email}) = lower(${email})`);
  return row;
}

export async function insertPersonRow(db: Db, row: typeof people.$inferInsert) {
  const [created] = await db.insert(people).values(row).returning();
  return created!;
}

/** The help-desk provider's own organization, if one exists. */
export async function findProviderOrganization(db: Db) {
  const [row] = await db.select().from(organizations).where(eq(organizations.kind, "provider")).limit(1);
  return row;
}

export async function insertOrganizationRow(db: Db, row: typeof organizations.$inferInsert) {
  const [created] = await db.insert(organizations).values(row).returning();
  return created!;
}
