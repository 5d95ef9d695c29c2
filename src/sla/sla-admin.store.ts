import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../platform/db/database.ts";
import type { Calendar } from "./calendar/index.ts";
import type { PolicyConditions, PolicyDefinition } from "./policy/policy.ts";
import { calendars, calendarVersions, slaPolicies, slaPolicyVersions } from "./sla.tables.ts";

/** Serialises SLA setup across processes for the rest of the transaction. */
export async function lockSlaSetup(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(4711002)`);
}

export async function countPolicies(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(slaPolicies);
  return row?.n ?? 0;
}

/** Creates a calendar with its first version. */
export async function insertCalendar(db: Db, input: { name: string; definition: Calendar; effectiveFrom: Date; createdBy: string | null }) {
  const [calendar] = await db.insert(calendars).values({ name: input.name, createdAt: input.effectiveFrom }).returning();
  const [version] = await db
    .insert(calendarVersions)
    .values({ calendarId: calendar!.id, definition: input.definition, effectiveFrom: input.effectiveFrom, createdBy: input.createdBy })
    .returning();
  return { ...calendar!, version: version! };
}

/** Creates a policy with its version 1. */
export async function insertPolicy(
  db: Db,
  input: { name: string; position: number; isDefault: boolean; conditions: PolicyConditions; definition: PolicyDefinition; effectiveFrom: Date; createdBy: string | null },
) {
  const [policy] = await db
    .insert(slaPolicies)
    .values({ name: input.name, position: input.position, isDefault: input.isDefault, conditions: input.conditions, createdAt: input.effectiveFrom })
    .returning();
  const [version] = await db
    .insert(slaPolicyVersions)
    .values({ policyId: policy!.id, version: 1, definition: input.definition, effectiveFrom: input.effectiveFrom, createdBy: input.createdBy })
    .returning();
  return { ...policy!, version: version! };
}

export async function listCalendarsUnscoped(db: Db) {
  return db.select().from(calendars).orderBy(asc(calendars.name));
}

export async function findCalendarByName(db: Db, name: string) {
  const [row] = await db.select().from(calendars).where(eq(calendars.name, name));
  return row;
}
