import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../platform/db/database.ts";
import { apiTokens } from "./identity.tables.ts";

export async function insertApiToken(db: Db, row: typeof apiTokens.$inferInsert) {
  const [created] = await db.insert(apiTokens).values(row).returning();
  return created!;
}

/** A person's tokens, newest first (hashes never leave the store). */
export async function listTokensOf(db: Db, personId: string) {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, scopes: apiTokens.scopes, createdAt: apiTokens.createdAt, expiresAt: apiTokens.expiresAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(eq(apiTokens.personId, personId))
    .orderBy(desc(apiTokens.createdAt));
}

/** Revokes a token of a person; returns false when there is no such live token. */
export async function revokeToken(db: Db, personId: string, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.personId, personId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length === 1;
}
