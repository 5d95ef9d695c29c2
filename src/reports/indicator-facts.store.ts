import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../platform/db/database.ts";
import { groupsInHistory } from "../sla/clock/ola.ts";
import type { TicketEvent } from "../tickets/ticket/events.ts";
import { ticketEvents, tickets } from "../tickets/ticket.tables.ts";
import { ticketSla } from "../sla/sla.tables.ts";
import { ticketIndicatorFacts as f } from "./indicator-facts.tables.ts";
import { factVersions, sameFacts, type ClockFact, type IndicatorFactVersion } from "./indicators/indicator-facts.ts";
import type { TicketHistory } from "./indicators/ticket-facts.ts";
import type { TierContext } from "./indicators/time-per-tier.ts";
import { groupTerms, pinnedSlas } from "./indicators.store.ts";
import { listFactRow, listFactsOfRow } from "./list-facts.tables.ts";

type Row = typeof f.$inferInsert;
type Stored = typeof f.$inferSelect;

const date = (ms: number | null) => (ms === null ? null : new Date(ms));
const ms = (d: Date | null) => (d === null ? null : d.getTime());

function clockColumns(prefix: "response" | "resolution", c: ClockFact | null) {
  return {
    [`${prefix}StoppedAt`]: date(c?.stoppedAt ?? null),
    [`${prefix}BusinessMinutes`]: c?.businessMinutes ?? null,
    [`${prefix}WallMinutes`]: c?.wallMinutes ?? null,
    [`${prefix}BreachedAt`]: date(c?.breachedAt ?? null),
  };
}

function toRow(v: IndicatorFactVersion, validTo: number | null): Row {
  return {
    ticketId: v.ticketId,
    validFrom: new Date(v.validFrom),
    validTo: date(validTo),
    number: v.number,
    createdAt: new Date(v.createdAt),
    channel: v.channel,
    priority: v.priority,
    final: v.final,
    resolvedAt: date(v.resolvedAt),
    linked: v.linked,
    ...clockColumns("response", v.response),
    ...clockColumns("resolution", v.resolution),
    fcrExcluded: v.fcrExcluded,
    fcrFirstContact: v.fcrFirstContact,
    reopenedAt: v.reopenedAt.map((at) => new Date(at)),
    tierHolds: v.tierHolds,
    workDone: v.workDone.map((w) => ({
      kind: w.kind,
      ended_at: new Date(w.endedAt).toISOString(),
      minutes: w.minutes,
    })),
    ...listFactRow(v.list),
  };
}

function clockOf(stoppedAt: Date | null, business: number | null, wall: number | null, breachedAt: Date | null) {
  return stoppedAt === null
    ? null
    : { stoppedAt: stoppedAt.getTime(), businessMinutes: business!, wallMinutes: wall!, breachedAt: ms(breachedAt) };
}

/** A stored version read back as the pure facts (for tests and for the reaction's comparison). */
export function fromRow(r: Stored): IndicatorFactVersion {
  return {
    ticketId: r.ticketId,
    number: r.number,
    validFrom: r.validFrom.getTime(),
    createdAt: r.createdAt.getTime(),
    channel: r.channel,
    priority: r.priority,
    final: r.final,
    resolvedAt: ms(r.resolvedAt),
    linked: r.linked,
    response: clockOf(r.responseStoppedAt, r.responseBusinessMinutes, r.responseWallMinutes, r.responseBreachedAt),
    resolution: clockOf(
      r.resolutionStoppedAt,
      r.resolutionBusinessMinutes,
      r.resolutionWallMinutes,
      r.resolutionBreachedAt,
    ),
    fcrExcluded: r.fcrExcluded,
    fcrFirstContact: r.fcrFirstContact,
    reopenedAt: r.reopenedAt.map((d) => d.getTime()),
    // jsonb keeps its own key order: rebuilt in the pure function's (minutes, exceeded).
    tierHolds: Object.fromEntries(
      Object.entries(r.tierHolds).map(([tier, h]) => [tier, { minutes: h.minutes, exceeded: h.exceeded }]),
    ),
    workDone: r.workDone.map((w) => ({ kind: w.kind, endedAt: Date.parse(w.ended_at), minutes: w.minutes })),
    list: listFactsOfRow(r),
  };
}

/** Every stored version of some tickets (all without ids), oldest first per ticket. */
export async function storedFactVersionsUnscoped(db: Db, ticketIds?: readonly string[]) {
  const rows = await db
    .select()
    .from(f)
    .where(ticketIds ? inArray(f.ticketId, [...ticketIds]) : undefined)
    .orderBy(asc(f.ticketId), asc(f.validFrom));
  return rows.map((r) => ({ ...fromRow(r), validTo: ms(r.validTo) }));
}

/** Tickets' histories, pinned SLAs and their groups' OLA terms, for folding facts from scratch (all without ids). */
export async function historiesOfUnscoped(
  db: Db,
  ticketIds: readonly string[],
): Promise<{ list: TicketHistory[]; ctx: TierContext }> {
  const [rows, events, slas] = await Promise.all([
    db
      .select({ id: tickets.id, number: tickets.number })
      .from(tickets)
      .where(inArray(tickets.id, [...ticketIds])),
    db
      .select()
      .from(ticketEvents)
      .where(inArray(ticketEvents.ticketId, [...ticketIds]))
      .orderBy(asc(ticketEvents.ticketId), asc(ticketEvents.seq)),
    db
      .select({ ticketId: ticketSla.ticketId, versionId: ticketSla.policyVersionId })
      .from(ticketSla)
      .where(inArray(ticketSla.ticketId, [...ticketIds])),
  ]);
  const histories = new Map<string, TicketEvent[]>();
  for (const e of events) {
    const list = histories.get(e.ticketId) ?? [];
    list.push({ type: e.type, actorId: e.actorId, at: e.at, data: e.data } as TicketEvent);
    histories.set(e.ticketId, list);
  }
  const slaOf = await pinnedSlas(db, slas);
  const groupIds = new Set([...histories.values()].flatMap((h) => groupsInHistory(h)));
  const { groups, groupCalendars } = await groupTerms(db, [...groupIds]);
  const list = rows.map((r) => ({ ...r, events: histories.get(r.id) ?? [], sla: slaOf.get(r.id) ?? null }));
  return { list, ctx: { groups: groups ?? new Map(), calendars: groupCalendars ?? new Map() } };
}

/** A ticket's versions as rows, in order, each valid until the next one begins. */
export const factRows = (versions: readonly IndicatorFactVersion[]): Row[] =>
  versions.map((v, i) => toRow(v, versions[i + 1]?.validFrom ?? null));

/**
 * Recomputes some tickets' facts from their whole histories (after a definition change, a bulk write, an import):
 * their versions are replaced. Idempotent.
 */
export async function rebuildIndicatorFactsUnscoped(db: Db, ticketIds: readonly string[]): Promise<void> {
  if (ticketIds.length === 0) return;
  const { list, ctx } = await historiesOfUnscoped(db, ticketIds);
  const rows = list.flatMap((t) => factRows(factVersions(t, ctx)));
  await db.delete(f).where(inArray(f.ticketId, [...ticketIds]));
  // Inserted in slices: a statement holds at most 65,535 parameters (33 columns a row).
  for (let i = 0; i < rows.length; i += 1000) await db.insert(f).values(rows.slice(i, i + 1000));
}

/** Ids of the tickets from `after` on (by id), a page at a time, for rebuilding every ticket's facts. */
export async function ticketIdPageUnscoped(db: Db, after: string | null, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(after ? sql`${tickets.id} > ${after}` : undefined)
    .orderBy(asc(tickets.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** How many tickets there are (the rebuild's progress). */
export async function countTicketsUnscoped(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(tickets);
  return row?.n ?? 0;
}

/** Some groups' OLA terms (only a resolved ticket's facts need them). */
export async function tierContextOf(db: Db, groupIds: readonly string[]): Promise<TierContext> {
  const { groups, groupCalendars } = await groupTerms(db, groupIds);
  return { groups: groups ?? new Map(), calendars: groupCalendars ?? new Map() };
}
