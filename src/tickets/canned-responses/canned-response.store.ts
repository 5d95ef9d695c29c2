import { and, asc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { isStaff, type Actor } from "../../identity/actor.ts";
import { containsPattern } from "../../platform/db/keyset.ts";
import type { Db } from "../../platform/db/database.ts";
import { cannedResponses } from "../agent-tools.tables.ts";

export type CannedResponseRow = typeof cannedResponses.$inferSelect;

/** The most a list returns: a desk keeps dozens, not thousands (search narrows it). */
export const MAX_CANNED_RESPONSES = 1_000;

/** The SQL form of the policy's cannedResponse.read: staff read every one, anyone else none. */
function cannedResponsesVisibleTo(actor: Actor): SQL | undefined {
  return isStaff(actor) ? undefined : sql`false`;
}

/** Canned responses the actor may read, by title, whose title or body contains `q` (when given). */
export async function findCannedResponses(db: Db, actor: Actor, q?: string): Promise<CannedResponseRow[]> {
  const text = q?.trim();
  const matches = text
    ? or(ilike(cannedResponses.title, containsPattern(text)), ilike(cannedResponses.body, containsPattern(text)))
    : undefined;
  return db
    .select()
    .from(cannedResponses)
    .where(and(cannedResponsesVisibleTo(actor), matches))
    .orderBy(sql`lower(${cannedResponses.title})`, asc(cannedResponses.id))
    .limit(MAX_CANNED_RESPONSES);
}

/** Locks a canned response the actor may read, for the rest of the transaction. */
export async function lockCannedResponse(tx: Db, actor: Actor, id: string): Promise<CannedResponseRow | undefined> {
  const [row] = await tx
    .select()
    .from(cannedResponses)
    .where(and(eq(cannedResponses.id, id), cannedResponsesVisibleTo(actor)))
    .for("update");
  return row;
}

export async function insertCannedResponseRow(
  tx: Db,
  row: typeof cannedResponses.$inferInsert,
): Promise<CannedResponseRow> {
  const [created] = await tx.insert(cannedResponses).values(row).returning();
  return created!;
}

export async function updateCannedResponseRow(
  tx: Db,
  id: string,
  patch: Partial<typeof cannedResponses.$inferInsert>,
): Promise<CannedResponseRow> {
  const [row] = await tx.update(cannedResponses).set(patch).where(eq(cannedResponses.id, id)).returning();
  return row!;
}

export async function deleteCannedResponseRow(tx: Db, id: string): Promise<void> {
  await tx.delete(cannedResponses).where(eq(cannedResponses.id, id));
}
