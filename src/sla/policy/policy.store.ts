import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import type { PolicyConditions, PolicyDefinition } from "./policy.ts";
import { slaPolicies, slaPolicyVersions, ticketSla } from "../sla.tables.ts";

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
  row: {
    policyId: string;
    version: number;
    effectiveFrom: Date;
    definition: PolicyDefinition;
    createdBy: string | null;
    createdAt: Date;
  },
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
  for (
    let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 4;
    e = e.cause as typeof e, depth++
  ) {
    if (e.code === "23503") return true;
  }
  return false;
}

export async function countPolicies(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(slaPolicies);
  return row?.n ?? 0;
}

/** Creates a policy with its version 1. */
export async function insertPolicy(
  db: Db,
  input: {
    name: string;
    position: number;
    isDefault: boolean;
    conditions: PolicyConditions;
    definition: PolicyDefinition;
    effectiveFrom: Date;
    createdBy: string | null;
  },
) {
  const [policy] = await db
    .insert(slaPolicies)
    .values({
      name: input.name,
      position: input.position,
      isDefault: input.isDefault,
      conditions: input.conditions,
      createdAt: input.effectiveFrom,
    })
    .returning();
  const [version] = await db
    .insert(slaPolicyVersions)
    .values({
      policyId: policy!.id,
      version: 1,
      definition: input.definition,
      effectiveFrom: input.effectiveFrom,
      createdBy: input.createdBy,
    })
    .returning();
  return { ...policy!, version: version! };
}

/** Every active policy with all its versions, newest version first within a policy (policies by position). */
export async function activePolicyVersions(db: Db) {
  return db
    .select({ policy: slaPolicies, version: slaPolicyVersions })
    .from(slaPolicies)
    .innerJoin(slaPolicyVersions, eq(slaPolicyVersions.policyId, slaPolicies.id))
    .where(eq(slaPolicies.active, true))
    .orderBy(asc(slaPolicies.position), desc(slaPolicyVersions.version));
}

// Policy versions are written once and never edited (an edit is a new version), so every refold in this process
// can share them instead of reading the same row again.
const versionsById = new Map<string, PolicyVersionRow>();

export async function findPolicyVersion(db: Db, id: string): Promise<PolicyVersionRow | undefined> {
  return (await policyVersionsByIds(db, [id])).get(id);
}

/** Policy versions by id, from the process cache or one query for the missing ones. */
export async function policyVersionsByIds(db: Db, ids: readonly string[]): Promise<Map<string, PolicyVersionRow>> {
  const missing = [...new Set(ids)].filter((id) => !versionsById.has(id));
  if (missing.length > 0) {
    for (const row of await db.select().from(slaPolicyVersions).where(inArray(slaPolicyVersions.id, missing)))
      versionsById.set(row.id, row);
  }
  const out = new Map<string, PolicyVersionRow>();
  for (const id of ids) {
    const row = versionsById.get(id);
    if (row) out.set(id, row);
  }
  return out;
}
