import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "../platform/db/database.ts";
import { slaPolicies, slaPolicyVersions } from "./sla.tables.ts";

/** Every active policy with all its versions, newest version first within a policy (policies by position). */
export async function activePolicyVersions(db: Db) {
  return db
    .select({ policy: slaPolicies, version: slaPolicyVersions })
    .from(slaPolicies)
    .innerJoin(slaPolicyVersions, eq(slaPolicyVersions.policyId, slaPolicies.id))
    .where(eq(slaPolicies.active, true))
    .orderBy(asc(slaPolicies.position), desc(slaPolicyVersions.version));
}
