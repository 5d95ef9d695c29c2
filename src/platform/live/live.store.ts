import { sql } from "drizzle-orm";
import type { Db } from "../db/database.ts";

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
export const MAX_PAYLOAD_BYTES = 7_999;

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

/** Throws on a channel name PostgreSQL would refuse or a payload too large to send. */
export function checkNotifyPayloads(channel: string, payloads: readonly string[]): void {
  if (!CHANNEL.test(channel)) throw new Error(`invalid channel name ${channel}`);
  for (const payload of payloads) {
    if (Buffer.byteLength(payload, "utf8") > MAX_PAYLOAD_BYTES)
      throw new Error(`NOTIFY payload on ${channel} is over ${MAX_PAYLOAD_BYTES} bytes`);
  }
}

/**
 * Queues NOTIFY payloads on a channel in the caller's transaction (one statement for any number): PostgreSQL
 * delivers them to every listening process when the transaction commits, and never if it rolls back
 * (a rolled-back savepoint drops its own too). Throws on a payload too large to send.
 */
export async function notifyOnCommit(tx: Db, channel: string, payloads: readonly string[]): Promise<void> {
  checkNotifyPayloads(channel, payloads);
  if (payloads.length === 0) return;
  if (payloads.length === 1) {
    await tx.execute(sql`select pg_notify(${channel}, ${payloads[0]!})`);
    return;
  }
  const rows = sql.join(
    payloads.map((payload, i) => sql`(${i}::int, ${payload}::text)`),
    sql`, `,
  );
  await tx.execute(sql`select pg_notify(${channel}, v.payload) from (values ${rows}) as v(n, payload) order by v.n`);
}
