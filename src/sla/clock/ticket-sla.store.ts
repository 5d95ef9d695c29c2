import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import { runStatement, statement } from "../../platform/db/statement.ts";
import type { ClockSummary } from "./clocks.ts";
import { slaFirings, ticketSla } from "../sla.tables.ts";
import { tickets } from "../../tickets/ticket.tables.ts";
import type { TicketEvent } from "../../tickets/ticket/events.ts";

export async function findTicketSla(db: Db, ticketId: string) {
  const [row] = await db.select().from(ticketSla).where(eq(ticketSla.ticketId, ticketId));
  return row;
}

/** What refolding a tracked ticket's clocks needs: its pinned policy version, the keys already fired, its history. */
export type SlaRefoldInputs = {
  /** undefined: the ticket runs no clocks yet. */
  policyVersionId: string | undefined;
  fired: Set<string>;
  /** The whole history, oldest first (the events the caller's transaction just appended included). */
  history: TicketEvent[];
  /** The ticket's active children that have an SLA record (they follow its clocks), with their pinned versions. */
  followers: Array<{ id: string; policyVersionId: string }>;
};

/**
 * Everything a ticket change needs to refold its clocks, in one round trip (it runs on every reply and update).
 * Unscoped: the caller holds the ticket's lock after checking access.
 */
// Runs on every reply and update: its text is fixed, so it is a named prepared statement (platform/db/statement.ts).
const SLA_REFOLD_INPUTS = statement(
  "sla_refold_inputs",
  `select
    (select "policy_version_id" from "ticket_sla" where "ticket_id" = $1) as policy_version_id,
    array(select "key" from "sla_firings" where "ticket_id" = $1) as fired,
    (select coalesce(jsonb_agg(jsonb_build_object('type', e.type, 'actorId', e.actor_id, 'at', e.at, 'data', e.data)
        order by e.seq), '[]'::jsonb)
      from "ticket_events" e where e.ticket_id = $1) as history,
    (select coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'policyVersionId', cs.policy_version_id)), '[]'::jsonb)
      from "tickets" c join "ticket_sla" cs on cs.ticket_id = c.id
      where c.parent_id = $1 and c.status in ('new', 'open', 'pending', 'on_hold')) as followers`,
);

export async function slaRefoldInputsUnscoped(db: Db, ticketId: string): Promise<SlaRefoldInputs> {
  const rows = await runStatement<{
    policy_version_id: string | null;
    fired: string[];
    history: Array<Omit<TicketEvent, "at"> & { at: string }>;
    followers: Array<{ id: string; policyVersionId: string }>;
  }>(db, SLA_REFOLD_INPUTS, [ticketId]);
  const row = rows[0]!;
  return {
    policyVersionId: row.policy_version_id ?? undefined,
    fired: new Set(row.fired),
    history: row.history.map((e) => ({ ...e, at: new Date(e.at) }) as TicketEvent),
    followers: row.followers,
  };
}

export type TicketSlaWrite = {
  ticketId: string;
  policyVersionId: string;
  summary: ClockSummary;
  nextDueAt: Date | null;
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
  /** Business time a paused resolution clock has left; null unless paused. */
  resolutionPausedRemainingMs: number | null;
  breached: boolean;
  updatedAt: Date;
};

/** Writes the SLA state of a ticket (insert on first sight, else update). */
export async function saveTicketSla(db: Db, row: TicketSlaWrite): Promise<void> {
  await db.execute(saveTicketSlaSql(db, row));
}

/** The statement saveTicketSla sends, for a caller that sends it with others (DeferredWrites). */
export function saveTicketSlaSql(db: Db, row: TicketSlaWrite): SQL {
  const { ticketId: _ticketId, policyVersionId: _pinned, ...changes } = row;
  return db.insert(ticketSla).values(row).onConflictDoUpdate({ target: ticketSla.ticketId, set: changes }).getSQL();
}

/** The threshold keys already fired for a ticket. */
export async function firedKeys(db: Db, ticketId: string): Promise<Set<string>> {
  const rows = await db.select({ key: slaFirings.key }).from(slaFirings).where(eq(slaFirings.ticketId, ticketId));
  return new Set(rows.map((r) => r.key));
}

/** Records many firings; returns the ones this call inserted as `ticketId key` (a conflict means it already fired). */
export async function recordFirings(
  db: Db,
  rows: ReadonlyArray<{ ticketId: string; key: string; dueAt: Date; firedAt: Date }>,
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  // One JSON parameter instead of four per row: cheap to build and never near the bind-parameter limit.
  const payload = JSON.stringify(
    rows.map((r) => ({
      ticket_id: r.ticketId,
      key: r.key,
      due_at: r.dueAt.toISOString(),
      fired_at: r.firedAt.toISOString(),
    })),
  );
  const result = (await db.execute(sql`
    insert into ${slaFirings} (ticket_id, key, due_at, fired_at)
    select ticket_id, key, due_at, fired_at from json_to_recordset(${payload}::json) as x(ticket_id uuid, key text, due_at timestamptz, fired_at timestamptz)
    on conflict do nothing
    returning ticket_id, key`)) as unknown as { rows: Array<{ ticket_id: string; key: string }> };
  return new Set(result.rows.map((r) => `${r.ticket_id} ${r.key}`));
}

/** Updates the SLA state of many tracked tickets in one statement (their pinned policy versions stay). */
export async function updateTicketSlas(db: Db, rows: readonly TicketSlaWrite[]): Promise<void> {
  if (rows.length === 0) return;
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  const payload = JSON.stringify(
    rows.map((r) => ({
      ticket_id: r.ticketId,
      next_due_at: iso(r.nextDueAt),
      summary: r.summary,
      response_due_at: iso(r.responseDueAt),
      resolution_due_at: iso(r.resolutionDueAt),
      resolution_paused_remaining_ms: r.resolutionPausedRemainingMs,
      breached: r.breached,
      updated_at: iso(r.updatedAt),
    })),
  );
  await db.execute(sql`
    update ${ticketSla} as t set next_due_at = x.next_due_at, summary = x.summary, response_due_at = x.response_due_at,
      resolution_due_at = x.resolution_due_at, resolution_paused_remaining_ms = x.resolution_paused_remaining_ms, breached = x.breached,
      updated_at = x.updated_at
    from json_to_recordset(${payload}::json) as x(ticket_id uuid, next_due_at timestamptz, summary jsonb, response_due_at timestamptz,
      resolution_due_at timestamptz, resolution_paused_remaining_ms bigint, breached boolean, updated_at timestamptz)
    where t.ticket_id = x.ticket_id`);
}

/** The earliest next-due instant of any ticket (the worker sleeps until then). */
export async function earliestDue(db: Db): Promise<Date | null> {
  const [row] = await db.select({ at: sql<Date | null>`min(${ticketSla.nextDueAt})` }).from(ticketSla);
  return row?.at ? new Date(row.at) : null;
}

/**
 * Makes every open ticket whose clocks run on a calendar due now, so the worker refolds them on the edited
 * hours: their deadlines move, their used time does not. Returns how many were rescheduled.
 */
export async function rescheduleTicketsOnCalendar(tx: Db, calendarId: string, now: Date): Promise<number> {
  const rows = await tx
    .update(ticketSla)
    .set({ nextDueAt: now })
    .where(
      and(
        sql`${ticketSla.summary}->'clocks' @> ${JSON.stringify([{ calendarId }])}::jsonb`,
        sql`exists (select 1 from ${tickets} where ${tickets.id} = ${ticketSla.ticketId} and ${tickets.status} in ('new','open','pending','on_hold'))`,
      ),
    )
    .returning({ ticketId: ticketSla.ticketId });
  return rows.length;
}

const OPEN_STATUSES = ["new", "open", "pending", "on_hold"] as const;

/**
 * The SLA clocks of the open tickets (the metrics' gauges): resolution clocks running and paused, and the open
 * tickets with a breached clock. Open tickets are found through tickets_status_priority_idx, a small share of all.
 */
export async function openClockCounts(db: Db): Promise<{ running: number; paused: number; breached: number }> {
  const [row] = await db
    .select({
      open: sql<number>`count(*)::int`,
      paused: sql<number>`(count(*) filter (where ${ticketSla.resolutionPausedRemainingMs} is not null))::int`,
      breached: sql<number>`(count(*) filter (where ${ticketSla.breached}))::int`,
    })
    .from(ticketSla)
    .innerJoin(tickets, eq(tickets.id, ticketSla.ticketId))
    .where(inArray(tickets.status, [...OPEN_STATUSES]));
  return { running: (row?.open ?? 0) - (row?.paused ?? 0), paused: row?.paused ?? 0, breached: row?.breached ?? 0 };
}
