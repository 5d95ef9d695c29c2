import { and, eq, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../db/database.ts";
import { idempotencyKeys } from "./idempotency.tables.ts";

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect;
export type Claim = { scope: string; key: string; requestHash: string; now: Date; expiresAt: Date };
export type Answer = { status: number; contentType: string | null; location: string | null; body: string };

/**
 * Claims a key for a request about to run, or returns the row that already holds it. The claim commits on its
 * own before the request runs, so a duplicate arriving meanwhile (in any process) finds it taken; an expired row
 * is taken over as if it were not there.
 */
export async function claimIdempotencyKey(
  db: Db,
  claim: Claim,
): Promise<{ claimed: true } | { claimed: false; row: IdempotencyRow }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const fresh = {
      requestHash: claim.requestHash,
      status: null,
      contentType: null,
      location: null,
      body: null,
      createdAt: claim.now,
      expiresAt: claim.expiresAt,
    };
    const won = await db
      .insert(idempotencyKeys)
      .values({ scope: claim.scope, key: claim.key, ...fresh })
      .onConflictDoUpdate({
        target: [idempotencyKeys.scope, idempotencyKeys.key],
        set: fresh,
        setWhere: lte(idempotencyKeys.expiresAt, claim.now),
      })
      .returning({ scope: idempotencyKeys.scope });
    if (won.length > 0) return { claimed: true };
    const [row] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key)));
    // Released between the two statements (the first request failed): claim again.
    if (row) return { claimed: false, row };
  }
  throw new Error("idempotency key kept changing hands");
}

/** Stores the answer of the request that holds the claim, for every retry to replay. */
export async function completeIdempotencyKey(db: Db, scope: string, key: string, answer: Answer): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set(answer)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), isNull(idempotencyKeys.status)));
}

/** Gives a claim back when its request failed (it changed nothing), so a retry runs it again. */
export async function releaseIdempotencyKey(db: Db, scope: string, key: string): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), isNull(idempotencyKeys.status)));
}

/** Drops expired keys; returns how many (worker housekeeping). */
export async function deleteExpiredIdempotencyKeys(db: Db, now: Date): Promise<number> {
  const gone = await db
    .delete(idempotencyKeys)
    .where(sql`${idempotencyKeys.expiresAt} <= ${now}`)
    .returning({ key: idempotencyKeys.key });
  return gone.length;
}
