import { and, asc, eq, inArray, isNull, isNotNull, lte, sql } from "drizzle-orm";
import { people, supportGroups } from "../../identity/identity.tables.ts";
import type { Db } from "../../platform/db/database.ts";
import { telephonyCalls, telephonyCallStates } from "./telephony.tables.ts";

export type TelephonyCallRow = typeof telephonyCalls.$inferSelect;
export type CallState = TelephonyCallRow["state"];

/** The call with this telephone-system id, locked for the event being applied. Unscoped: the webhook is the system. */
export async function lockCallByProviderIdUnscoped(tx: Db, callId: string): Promise<TelephonyCallRow | undefined> {
  const [row] = await tx.select().from(telephonyCalls).where(eq(telephonyCalls.callId, callId)).for("update");
  return row;
}

/** Opens the record of a ringing call; undefined when a concurrent event opened it first. */
export async function insertCallUnscoped(
  tx: Db,
  row: typeof telephonyCalls.$inferInsert,
): Promise<TelephonyCallRow | undefined> {
  const [created] = await tx.insert(telephonyCalls).values(row).onConflictDoNothing().returning();
  return created;
}

/** Records that a call reached a state; false when that state was already recorded (a replayed event). */
export async function claimCallStateUnscoped(tx: Db, callId: string, state: CallState, at: Date): Promise<boolean> {
  const rows = await tx
    .insert(telephonyCallStates)
    .values({ callId, state, at })
    .onConflictDoNothing()
    .returning({ callId: telephonyCallStates.callId });
  return rows.length === 1;
}

export async function updateCallUnscoped(
  tx: Db,
  id: string,
  set: Partial<typeof telephonyCalls.$inferInsert>,
): Promise<TelephonyCallRow> {
  const [row] = await tx.update(telephonyCalls).set(set).where(eq(telephonyCalls.id, id)).returning();
  return row!;
}

/** The active staff member who answers on this extension (the first by name when two share one). */
export async function findStaffByExtensionUnscoped(tx: Db, extension: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        eq(people.extension, extension),
        eq(people.active, true),
        sql`${people.role} in ('agent', 'manager', 'admin')`,
      ),
    )
    .orderBy(asc(people.name), asc(people.id))
    .limit(1);
  return row?.id;
}

/** Missed calls still to be called back, the most urgent first. Unscoped: every agent works the callback queue. */
export async function findOpenCallbacksUnscoped(db: Db, limit: number): Promise<TelephonyCallRow[]> {
  return db
    .select()
    .from(telephonyCalls)
    .where(and(isNotNull(telephonyCalls.callbackDueAt), isNull(telephonyCalls.callbackDoneAt)))
    .orderBy(asc(telephonyCalls.callbackDueAt), asc(telephonyCalls.id))
    .limit(limit);
}

export async function lockCallUnscoped(tx: Db, id: string): Promise<TelephonyCallRow | undefined> {
  const [row] = await tx.select().from(telephonyCalls).where(eq(telephonyCalls.id, id)).for("update");
  return row;
}

const overdue = (now: Date) =>
  and(
    isNull(telephonyCalls.callbackDoneAt),
    isNull(telephonyCalls.callbackEscalatedAt),
    lte(telephonyCalls.callbackDueAt, now),
  );

/**
 * Claims up to `limit` callbacks that fell due without being done and were never escalated, marking them escalated
 * at `now`. SKIP LOCKED and the `callback_escalated_at is null` condition make each one escalated by exactly one
 * worker, whatever the number of processes.
 */
export async function claimOverdueCallbacksUnscoped(tx: Db, now: Date, limit: number): Promise<TelephonyCallRow[]> {
  const due = tx
    .select({ id: telephonyCalls.id })
    .from(telephonyCalls)
    .where(overdue(now))
    .orderBy(asc(telephonyCalls.callbackDueAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  return tx
    .update(telephonyCalls)
    .set({ callbackEscalatedAt: now })
    .where(and(inArray(telephonyCalls.id, due), overdue(now)))
    .returning();
}

/** The earliest due time of a callback not yet done nor escalated (the SLA timer worker's next wake-up). */
export async function earliestCallbackDueUnscoped(db: Db): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | null>`min(${telephonyCalls.callbackDueAt})` })
    .from(telephonyCalls)
    .where(and(isNull(telephonyCalls.callbackDoneAt), isNull(telephonyCalls.callbackEscalatedAt)));
  return row?.at ? new Date(row.at) : null;
}

/** The leads of the support groups: who an overdue callback (a call on no ticket yet) is escalated to. */
export async function groupLeadIdsUnscoped(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: supportGroups.leadId })
    .from(supportGroups)
    .where(isNotNull(supportGroups.leadId));
  return rows.map((r) => r.id!);
}
