import { sql } from "drizzle-orm";
import { people } from "../identity/identity.tables.ts";
import type { Db } from "../platform/db/database.ts";
import { slaPolicies } from "../sla/sla.tables.ts";

/**
 * What a workspace still lacks before mail can land in it: the default SLA policies (`start` makes them) and, when the
 * demo is wanted, the demo (an empty workspace). One read: a pipe delivery runs once per message, and the set-up code
 * (the demo's whole seed) is loaded only on the first.
 */
export async function workspaceGaps(db: Db): Promise<{ slaDefaults: boolean; empty: boolean }> {
  const result = await db.execute(
    sql`select not exists (select 1 from ${slaPolicies}) as "slaDefaults", not exists (select 1 from ${people}) as empty`,
  );
  const [row] = (result as { rows: Array<{ slaDefaults: boolean; empty: boolean }> }).rows;
  return { slaDefaults: row?.slaDefaults ?? true, empty: row?.empty ?? true };
}
