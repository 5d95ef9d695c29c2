import { and, desc, eq, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "../platform/db/database.ts";
import { actorIdOf, type Actor } from "./actor.ts";
import type { AuditEntity, AuditEntry } from "./audit.ts";
import { auditLog } from "./identity.tables.ts";

/**
 * Writes one audit row for an admin change. Pass the transaction that makes the change, so the
 * change and its record commit or roll back together.
 */
export async function recordAudit(tx: Db, actor: Actor, entry: AuditEntry, at: Date): Promise<void> {
  await tx.insert(auditLog).values({
    at,
    actorId: actorIdOf(actor),
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    changes: entry.changes,
  });
}

export type AuditFilters = {
  entity?: AuditEntity;
  entityId?: string;
  actorId?: string;
  limit?: number;
  /** The id of the last row of the previous page. */
  before?: number;
};

// Only admins read the log; anyone else's query matches nothing even if a caller forgot the policy.
function auditVisibleTo(actor: Actor): SQL | undefined {
  return actor.role === "admin" ? undefined : sql`false`;
}

/** One page of the audit log the actor may read, newest first, with the id to continue before. */
export async function findAuditEntries(db: Db, actor: Actor, f: AuditFilters) {
  const limit = f.limit ?? 50;
  const rows = await db
    .select()
    .from(auditLog)
    .where(
      and(
        auditVisibleTo(actor),
        f.entity ? eq(auditLog.entity, f.entity) : undefined,
        f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
        f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
        f.before !== undefined ? lt(auditLog.id, f.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? last.id : null };
}
