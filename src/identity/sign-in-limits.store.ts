import { and, desc, eq, gt, lte, ne } from "drizzle-orm";
import type { Db } from "../platform/db/database.ts";
import { signInFailures } from "./identity.tables.ts";

export type SignInSubject = { account: string; client: string };

/**
 * Records an attempt as a failure before the password is checked (it is forgotten if the password was right):
 * attempts running at the same moment in any process then see each other, so a burst cannot slip past the limit.
 */
export async function recordSignInAttempt(db: Db, subject: SignInSubject, at: Date): Promise<number> {
  const [row] = await db
    .insert(signInFailures)
    .values({ ...subject, at })
    .returning({ id: signInFailures.id });
  return row!.id;
}

/** The other failures of an account and of a client still in the window, newest first (at most `limit` each). */
export async function recentSignInFailures(
  db: Db,
  subject: SignInSubject,
  attemptId: number,
  since: Date,
  limit: { account: number; client: number },
) {
  const of = (column: typeof signInFailures.account | typeof signInFailures.client, value: string, n: number) =>
    db
      .select({ at: signInFailures.at })
      .from(signInFailures)
      .where(and(eq(column, value), gt(signInFailures.at, since), ne(signInFailures.id, attemptId)))
      .orderBy(desc(signInFailures.at))
      .limit(n)
      .then((rows) => rows.map((r) => r.at));
  const account = await of(signInFailures.account, subject.account, limit.account);
  const client = await of(signInFailures.client, subject.client, limit.client);
  return { account, client };
}

/** Forgets an attempt that turned out not to be a failure (right password, or refused before checking). */
export async function forgetSignInAttempt(db: Db, attemptId: number): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.id, attemptId));
}

/**
 * A successful sign-in clears the account's failures from the same client (the owner's own typos, this attempt
 * included); failures from other clients keep counting, so someone guessing elsewhere gets no fresh budget.
 */
export async function clearOwnFailures(db: Db, subject: SignInSubject): Promise<void> {
  await db
    .delete(signInFailures)
    .where(and(eq(signInFailures.account, subject.account), eq(signInFailures.client, subject.client)));
}

/** Drops failures too old to count; returns how many (worker housekeeping). */
export async function deleteSignInFailuresBefore(db: Db, before: Date): Promise<number> {
  const gone = await db
    .delete(signInFailures)
    .where(lte(signInFailures.at, before))
    .returning({ id: signInFailures.id });
  return gone.length;
}
