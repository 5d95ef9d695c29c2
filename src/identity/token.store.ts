import { and, desc, eq, isNull, type SQL } from "drizzle-orm";
import type { Db } from "../platform/db/database.ts";
import type { Actor } from "./actor.ts";
import { apiTokens } from "./identity.tables.ts";

export async function insertApiToken(db: Db, row: typeof apiTokens.$inferInsert) {
  const [created] = await db.insert(apiTokens).values(row).returning();
  return created!;
}

/** A person's tokens, newest first (hashes never leave the store). */
export async function listTokensOf(db: Db, personId: string) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scopes: apiTokens.scopes,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
    })
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

/** The SQL form of the policy's token.read: an admin sees every token, anyone else only their own. */
export function tokensVisibleTo(actor: Actor): SQL | undefined {
  return actor.role === "admin" ? undefined : eq(apiTokens.personId, actor.personId);
}

/** A token the actor may see, without its hash, or undefined. */
export async function findApiToken(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({
      id: apiTokens.id,
      personId: apiTokens.personId,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scopes: apiTokens.scopes,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(and(eq(apiTokens.id, id), tokensVisibleTo(actor)));
  return row;
}
