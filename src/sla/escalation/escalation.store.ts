import { and, asc, desc, eq, gt, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import { people, supportGroups } from "../../identity/identity.tables.ts";
import { jobs } from "../../platform/jobs/jobs.tables.ts";
import { escalations, notifications } from "../sla.tables.ts";

export type EscalationRow = typeof escalations.$inferInsert;
export type NotificationRow = typeof notifications.$inferInsert;
export type JobRow = typeof jobs.$inferInsert;
export type GroupRow = typeof supportGroups.$inferSelect;

/**
 * Writes what a worker pass fired, in three statements whatever the count: escalations, in-app notifications
 * and jobs. Each row set travels as one JSON parameter (cheap to build, never near the bind-parameter limit).
 */
export async function insertFiringEffects(
  db: Db,
  effects: { escalations: EscalationRow[]; notifications: NotificationRow[]; jobs: JobRow[] },
): Promise<void> {
  const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
  if (effects.escalations.length > 0) {
    const payload = JSON.stringify(
      effects.escalations.map((e) => ({
        ticket_id: e.ticketId,
        kind: e.kind,
        level: e.level ?? null,
        clock: e.clock ?? null,
        from_group_id: e.fromGroupId ?? null,
        to_group_id: e.toGroupId ?? null,
        from_priority: e.fromPriority ?? null,
        to_priority: e.toPriority ?? null,
        notified: e.notified ?? [],
        reason: e.reason,
        rule: e.rule ?? null,
        actor_id: e.actorId ?? null,
        at: iso(e.at),
      })),
    );
    await db.execute(sql`
      insert into ${escalations} (ticket_id, kind, level, clock, from_group_id, to_group_id, from_priority, to_priority, notified, reason, rule, actor_id, at)
      select ticket_id, kind, level, clock, from_group_id, to_group_id, from_priority, to_priority, notified, reason, rule, actor_id, at
      from json_to_recordset(${payload}::json) as x(ticket_id uuid, kind text, level integer, clock text, from_group_id uuid, to_group_id uuid,
        from_priority text, to_priority text, notified jsonb, reason text, rule text, actor_id uuid, at timestamptz)`);
  }
  if (effects.notifications.length > 0) {
    const payload = JSON.stringify(
      effects.notifications.map((n) => ({
        person_id: n.personId,
        ticket_id: n.ticketId ?? null,
        kind: n.kind,
        title: n.title,
        body: n.body ?? "",
        created_at: iso(n.createdAt),
      })),
    );
    await db.execute(sql`
      insert into ${notifications} (person_id, ticket_id, kind, title, body, created_at)
      select person_id, ticket_id, kind, title, body, created_at
      from json_to_recordset(${payload}::json) as x(person_id uuid, ticket_id uuid, kind text, title text, body text, created_at timestamptz)`);
  }
  // Rare (mail and webhook channels); the idempotency key makes a job enqueued twice a no-op.
  if (effects.jobs.length > 0) await db.insert(jobs).values(effects.jobs).onConflictDoNothing();
}

/** Support groups by id. */
export async function groupsByIds(db: Db, ids: readonly string[]): Promise<Map<string, GroupRow>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.select().from(supportGroups).where(inArray(supportGroups.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Name and email of active people, for mail. */
export async function mailRecipients(
  db: Db,
  personIds: readonly string[],
): Promise<Array<{ name: string; email: string }>> {
  if (personIds.length === 0) return [];
  return db
    .select({ name: people.name, email: people.email })
    .from(people)
    .where(and(inArray(people.id, [...personIds]), eq(people.active, true)));
}

export async function insertEscalation(db: Db, row: typeof escalations.$inferInsert) {
  const [created] = await db.insert(escalations).values(row).returning();
  return created!;
}

export async function insertNotifications(db: Db, rows: Array<typeof notifications.$inferInsert>): Promise<void> {
  if (rows.length > 0) await db.insert(notifications).values(rows);
}

/** Enqueues a side effect in the caller's transaction; the idempotency key makes a repeat a no-op. */
export async function enqueueJob(db: Db, row: typeof jobs.$inferInsert): Promise<void> {
  await db.insert(jobs).values(row).onConflictDoNothing();
}

export async function findGroupUnscoped(db: Db, id: string) {
  const [row] = await db.select().from(supportGroups).where(eq(supportGroups.id, id));
  return row;
}

/** The first group of the next tier up (lowest tier number above, then name): where functional escalation sends work. */
export async function nextTierGroup(db: Db, tier: number) {
  const [row] = await db
    .select()
    .from(supportGroups)
    .where(gt(supportGroups.tier, tier))
    .orderBy(asc(supportGroups.tier), asc(supportGroups.name))
    .limit(1);
  return row;
}

/** A person's manager chain, nearest first (bounded, and safe against a cycle). */
export async function managerChain(db: Db, personId: string, depth = 5): Promise<string[]> {
  const chain: string[] = [];
  let current: string | null = personId;
  while (current && chain.length < depth) {
    const [row]: Array<{ managerId: string | null }> = await db
      .select({ managerId: people.managerId })
      .from(people)
      .where(and(eq(people.id, current), isNotNull(people.managerId)));
    current = row?.managerId ?? null;
    if (!current || chain.includes(current) || current === personId) break;
    chain.push(current);
  }
  return chain;
}

/** Escalations of a ticket, newest first. Unscoped: callers check the ticket is visible. */
export async function listEscalationsUnscoped(db: Db, ticketId: string) {
  return db.select().from(escalations).where(eq(escalations.ticketId, ticketId)).orderBy(desc(escalations.at));
}
