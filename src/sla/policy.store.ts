import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../platform/db/database.ts";
import type { PolicyConditions, PolicyDefinition } from "./policy/policy.ts";
import { slaPolicies, slaPolicyVersions, ticketSla } from "./sla.tables.ts";

export type PolicyRow = typeof slaPolicies.$inferSelect;
export type PolicyVersionRow = typeof slaPolicyVersions.$inferSelect;

/** Every policy in evaluation order (position, then name). */
export async function findPolicies(db: Db): Promise<PolicyRow[]> {
  return db.select().from(slaPolicies).orderBy(asc(slaPolicies.position), asc(slaPolicies.name));
}

/** A policy by id. */
export async function findPolicy(db: Db, id: string): Promise<PolicyRow | undefined> {
  const [row] = await db.select().from(slaPolicies).where(eq(slaPolicies.id, id));
  return row;
}

/** A policy by its (unique) name. */
export async function findPolicyByName(db: Db, name: string): Promise<PolicyRow | undefined> {
  const [row] = await db.select().from(slaPolicies).where(eq(slaPolicies.name, name));
  return row;
}

/** Locks a policy row until the transaction ends (edits of one policy serialise). */
export async function lockPolicy(tx: Db, id: string): Promise<PolicyRow | undefined> {
  const [row] = await tx.select().from(slaPolicies).where(eq(slaPolicies.id, id)).for("update");
  return row;
}

/** Versions of some policies (all when `ids` is omitted), by policy and version number. */
export async function findPolicyVersions(db: Db, ids?: readonly string[]): Promise<PolicyVersionRow[]> {
  if (ids && ids.length === 0) return [];
  return db
    .select()
    .from(slaPolicyVersions)
    .where(ids ? inArray(slaPolicyVersions.policyId, [...ids]) : undefined)
    .orderBy(asc(slaPolicyVersions.policyId), asc(slaPolicyVersions.version));
}

/** Adds a version to a policy. */
export async function insertPolicyVersion(
  tx: Db,
  row: { policyId: string; version: number; effectiveFrom: Date; definition: PolicyDefinition; createdBy: string | null; createdAt: Date },
): Promise<PolicyVersionRow> {
  const [created] = await tx.insert(slaPolicyVersions).values(row).returning();
  return created!;
}

/** Changes a policy's unversioned fields. */
export async function updatePolicyRow(
  tx: Db,
  id: string,
  patch: Partial<{ name: string; position: number; active: boolean; conditions: PolicyConditions }>,
): Promise<PolicyRow> {
  const [row] = await tx.update(slaPolicies).set(patch).where(eq(slaPolicies.id, id)).returning();
  return row!;
}

/** Whether any ticket is measured under a version of the policy. */
export async function isPolicyPinned(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .select({ ticketId: ticketSla.ticketId })
    .from(ticketSla)
    .innerJoin(slaPolicyVersions, eq(slaPolicyVersions.id, ticketSla.policyVersionId))
    .where(eq(slaPolicyVersions.policyId, id))
    .limit(1);
  return rows.length > 0;
}

/** Deletes a policy and its versions. */
export async function deletePolicyRow(tx: Db, id: string): Promise<void> {
  await tx.delete(slaPolicies).where(eq(slaPolicies.id, id));
}

/** Whether a database error is a foreign-key violation (SQLSTATE 23503): something still refers to the row. */
export function isForeignKeyViolation(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.code === "23503") return true;
  }
  return false;
}
