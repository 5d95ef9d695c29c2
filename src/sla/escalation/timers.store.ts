import { sql } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import type { TicketEvent } from "../../tickets/ticket/events.ts";

/** A ticket claimed by a worker pass, with everything needed to fold its clocks. */
export type ClaimedTicket = {
  ticketId: string;
  policyVersionId: string;
  number: number;
  /** The whole history, oldest first. */
  events: TicketEvent[];
  /** Threshold keys already fired. */
  fired: Set<string>;
};

type Row = {
  ticket_id: string;
  policy_version_id: string;
  number: number;
  events: string | Array<{ type: string; actorId: string | null; at: number | string; data: Record<string, unknown> }>;
  fired: string | string[];
};

// Both drivers answer execute() with { rows }; json columns may come back parsed or as text.
const json = <T>(value: string | T): T => (typeof value === "string" ? (JSON.parse(value) as T) : value);

/**
 * Claims tickets whose next SLA instant has come and reads their numbers, histories and fired thresholds in the
 * same round trip. Both the ticket_sla and the tickets row are locked, skipping locked ones: concurrent workers
 * take disjoint sets, and a ticket a request is changing right now (it holds the ticket row, then writes its
 * ticket_sla row) is left to the next pass instead of the two waiting on each other's row: a deadlock.
 */
export async function claimDueBatch(tx: Db, now: Date, limit: number): Promise<ClaimedTicket[]> {
  const result = (await tx.execute(sql`
    with claimed as (
      select s.ticket_id, s.policy_version_id, s.next_due_at, t.number from ticket_sla s join tickets t on t.id = s.ticket_id
      where s.next_due_at is not null and s.next_due_at <= ${now.toISOString()}::timestamptz
      order by s.next_due_at
      limit ${limit}
      for no key update of s, t skip locked
    )
    select c.ticket_id, c.policy_version_id, c.number,
      (select json_agg(json_build_object('type', e.type, 'actorId', e.actor_id, 'at', (extract(epoch from e.at) * 1000)::bigint, 'data', e.data) order by e.seq)
         from ticket_events e where e.ticket_id = c.ticket_id) as events,
      (select coalesce(json_agg(f.key), '[]'::json) from sla_firings f where f.ticket_id = c.ticket_id) as fired
    from claimed c
    order by c.next_due_at`)) as unknown as { rows: Row[] };
  return result.rows.map((r) => ({
    ticketId: r.ticket_id,
    policyVersionId: r.policy_version_id,
    number: Number(r.number),
    events: (json(r.events) ?? []).map(
      (e) => ({ type: e.type, actorId: e.actorId, at: new Date(Number(e.at)), data: e.data }) as TicketEvent,
    ),
    fired: new Set(json(r.fired)),
  }));
}
