import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import { suggestions } from "./suggestion.tables.ts";

export type SuggestionRow = typeof suggestions.$inferSelect;
export type SuggestionStatus = SuggestionRow["status"];

export async function insertSuggestion(tx: Db, row: typeof suggestions.$inferInsert): Promise<SuggestionRow> {
  const [created] = await tx.insert(suggestions).values(row).returning();
  return created!;
}

/** Suggestions newest first: all of them, or one sender's, or those in one status. */
export async function listSuggestionRows(
  db: Db,
  filter: { personId?: string; status?: SuggestionStatus; limit: number },
): Promise<SuggestionRow[]> {
  const where: SQL[] = [];
  if (filter.personId) where.push(eq(suggestions.personId, filter.personId));
  if (filter.status) where.push(eq(suggestions.status, filter.status));
  return db
    .select()
    .from(suggestions)
    .where(and(...where))
    .orderBy(desc(suggestions.createdAt), desc(suggestions.id))
    .limit(filter.limit);
}

/** A suggestion by id, locked for triage. Unscoped: the caller checked the right to triage. */
export async function lockSuggestionUnscoped(tx: Db, id: string): Promise<SuggestionRow | undefined> {
  const [row] = await tx.select().from(suggestions).where(eq(suggestions.id, id)).for("update");
  return row;
}

/** The suggestion whose status link carries this token (by the token's hash). */
export async function findSuggestionByTokenHash(db: Db, hash: string): Promise<SuggestionRow | undefined> {
  const [row] = await db.select().from(suggestions).where(eq(suggestions.statusTokenHash, hash));
  return row;
}

/** The suggestion made of a survey's comment, if one was. */
export async function findSuggestionOfSurvey(db: Db, invitationId: string): Promise<SuggestionRow | undefined> {
  const [row] = await db.select().from(suggestions).where(eq(suggestions.surveyInvitationId, invitationId));
  return row;
}

export async function updateSuggestion(
  tx: Db,
  id: string,
  set: Pick<SuggestionRow, "status" | "publicAnswer" | "triagedBy" | "updatedAt">,
): Promise<SuggestionRow> {
  const [row] = await tx.update(suggestions).set(set).where(eq(suggestions.id, id)).returning();
  return row!;
}
