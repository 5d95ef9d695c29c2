import { sql, type SQL } from "drizzle-orm";
import { joinedTransaction, type Db } from "./database.ts";
import { runBuilt } from "./statement.ts";
import { checkNotifyPayloads } from "../live/live.store.ts";

/**
 * Writes a transaction sends later, together: each is a data-modifying CTE of one statement (one round trip for all),
 * and the NOTIFYs are its select. For writes nothing reads back before `flush` — the caller decides when that is.
 * All CTEs of a statement see the same snapshot, so two of them must never change the same row.
 */
export type DeferredWrites = {
  /** A data-modifying statement without a WITH of its own (an insert, update or delete). */
  write(statement: SQL): void;
  /** Several CTEs at once (a statement that has its own WITH), named from the prefix given: `${prefix}_x as (…)`. */
  writeCtes(build: (prefix: string) => SQL): void;
  /** NOTIFY payloads on a channel, delivered on commit like any NOTIFY (never after a rollback). */
  notify(channel: string, payloads: readonly string[]): void;
  readonly pending: boolean;
  /** Sends what is queued (nothing when empty) and starts a new queue. */
  flush(tx: Db): Promise<void>;
};

export function deferredWrites(): DeferredWrites {
  let ctes: SQL[] = [];
  let notes: Array<{ channel: string; payload: string }> = [];
  let next = 0;
  return {
    write(statement) {
      const name = sql.raw(`w${next++}`);
      ctes.push(sql`${name} as (${statement})`);
    },
    writeCtes(build) {
      ctes.push(build(`w${next++}`));
    },
    notify(channel, payloads) {
      checkNotifyPayloads(channel, payloads);
      for (const payload of payloads) notes.push({ channel, payload });
    },
    get pending() {
      return ctes.length > 0 || notes.length > 0;
    },
    async flush(tx) {
      if (ctes.length === 0 && notes.length === 0) return;
      const withClause = ctes.length > 0 ? sql`with ${sql.join(ctes, sql`, `)} ` : sql``;
      const rows = sql.join(
        notes.map((n, i) => sql`(${i}::int, ${n.channel}::text, ${n.payload}::text)`),
        sql`, `,
      );
      const select =
        notes.length > 0
          ? sql`select pg_notify(v.channel, v.payload) from (values ${rows}) as v(n, channel, payload) order by v.n`
          : sql`select 1`;
      ctes = [];
      notes = [];
      // Named by its text: a transaction of the same kind (a new ticket, a mail's request) sends the same shape each
      // time, which PostgreSQL then parses and plans once per connection.
      await runBuilt(tx, "deferred", sql`${withClause}${select}`);
    },
  };
}

const OWNER_LATER = Symbol("the deferred writes a joined transaction's owner sends");

/**
 * joinedTransaction whose owner also sends the deferred writes of the ticket changes made in it: they queue their
 * reactions' writes on `later` and leave them there; the owner adds its own and sends all in one statement (flush)
 * before it commits.
 */
export function joinedTransactionWithLater(tx: Db, later: DeferredWrites): Db {
  const joined = joinedTransaction(tx);
  Object.defineProperty(joined, OWNER_LATER, { value: later });
  return joined;
}

/** The owner's deferred writes of a transaction made by joinedTransactionWithLater; undefined for any other. */
export function ownerLaterWrites(tx: Db): DeferredWrites | undefined {
  return (tx as unknown as Record<symbol, DeferredWrites | undefined>)[OWNER_LATER];
}
