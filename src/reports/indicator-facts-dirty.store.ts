import { inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../platform/db/database.ts";
import { ticketEvents, tickets } from "../tickets/ticket.tables.ts";
import { indicatorFactsDirty as d } from "./indicator-facts.tables.ts";

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/**
 * Marks tickets' facts as behind their events. An upsert, never `do nothing`: the no-op update takes the row lock, so
 * a change whose mark meets a refresh holding the row waits for it and marks again after it (the refresh could not
 * see this change's events); a bare `do nothing` would lose the mark.
 */
export async function markFactsDirtyUnscoped(db: Db, ticketIds: readonly string[], at: Date): Promise<void> {
  if (ticketIds.length > 0) await db.execute(markFactsDirtySql(db, ticketIds, at));
}

/** The mark as one statement, for a ticket change to send with its other queued writes (`change.later`). */
export function markFactsDirtySql(db: Db, ticketIds: readonly string[], at: Date): SQL {
  return db
    .insert(d)
    .values(ticketIds.map((ticketId) => ({ ticketId, markedAt: at })))
    .onConflictDoUpdate({ target: d.ticketId, set: { markedAt: sql`${d.markedAt}` } })
    .getSQL();
}

/** Marks every ticket (after an import). */
export async function markAllFactsDirtyUnscoped(db: Db): Promise<void> {
  await db.execute(sql`insert into ${d} (ticket_id) select ${tickets.id} from ${tickets}
    on conflict (ticket_id) do update set marked_at = ${d}.marked_at`);
}

/**
 * Marks the tickets a support group ever held (created in it or moved to it): their time per tier depends on the
 * group's tier and OLA terms.
 */
export async function markGroupFactsDirtyUnscoped(db: Db, groupId: string, at: Date): Promise<void> {
  const moved = JSON.stringify([{ field: "groupId", to: groupId }]);
  await db.execute(sql`insert into ${d} (ticket_id, marked_at)
    select distinct e.ticket_id, ${at.toISOString()}::timestamptz from ${ticketEvents} e
    where (e.type = 'created' and e.data->'fields'->>'groupId' = ${groupId})
       or (e.type = 'changed' and e.data->'changes' @> ${moved}::jsonb)
    on conflict (ticket_id) do update set marked_at = ${d}.marked_at`);
}

/**
 * Claims up to `limit` marked tickets, oldest mark first, skipping those another refresh or a write holds. The ticket
 * row is share-locked with its mark: the refolded versions' foreign key needs that lock anyway, and taking it here,
 * skipping a ticket a write holds, means a refresh never waits for a write (which takes the ticket, then its mark):
 * no deadlock, and a write meeting a refresh waits for it once.
 */
export async function claimDirtyFactsUnscoped(tx: Db, limit: number): Promise<string[]> {
  const claimed = await rows<{ ticket_id: string }>(
    tx,
    sql`select m.ticket_id from ${d} m join ${tickets} t on t.id = m.ticket_id order by m.marked_at limit ${limit}
      for update of m skip locked for key share of t skip locked`,
  );
  return claimed.map((r) => r.ticket_id);
}

/** Removes claimed marks (in the claim's transaction, after their facts were refolded). */
export async function clearDirtyFactsUnscoped(tx: Db, ticketIds: readonly string[]): Promise<void> {
  if (ticketIds.length > 0) await tx.delete(d).where(inArray(d.ticketId, [...ticketIds]));
}

/** How far behind the facts are: the oldest mark still waiting (null: none) and how many tickets wait. */
export async function factsLagUnscoped(db: Db): Promise<{ oldest: Date | null; pending: number }> {
  const [row] = await rows<{ oldest: string | Date | null; pending: number }>(
    db,
    sql`select min(marked_at) as oldest, count(*)::int as pending from ${d}`,
  );
  return { oldest: row?.oldest ? new Date(row.oldest) : null, pending: row?.pending ?? 0 };
}
