import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import { imapLeases } from "./imap-lease.tables.ts";

/**
 * Takes or renews the lease on polling a mailbox until `now + ttlMs`: granted when there is none, when it expired, or
 * when it is the holder's own. One statement, so of two processes asking at once exactly one gets it (the other's
 * conflicting insert waits on the primary key, then finds the lease live and someone else's: no row returned).
 */
export async function claimImapLease(
  db: Db,
  lease: { mailboxId: string; holder: string; now: Date; ttlMs: number },
): Promise<boolean> {
  const expiresAt = new Date(lease.now.getTime() + lease.ttlMs);
  const rows = await db
    .insert(imapLeases)
    .values({ mailboxId: lease.mailboxId, holder: lease.holder, expiresAt })
    .onConflictDoUpdate({
      target: imapLeases.mailboxId,
      set: { holder: lease.holder, expiresAt },
      setWhere: sql`${imapLeases.expiresAt} <= ${lease.now.toISOString()}::timestamptz or ${imapLeases.holder} = ${lease.holder}`,
    })
    .returning({ holder: imapLeases.holder });
  return rows.length === 1;
}

/** Gives a lease up (a poller stopping), so another process may take the mailbox at once rather than at expiry. */
export async function releaseImapLease(db: Db, mailboxId: string, holder: string): Promise<void> {
  await db.delete(imapLeases).where(and(eq(imapLeases.mailboxId, mailboxId), eq(imapLeases.holder, holder)));
}
