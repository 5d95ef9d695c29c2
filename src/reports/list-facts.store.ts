import { and, asc, eq, gt, gte, inArray, isNotNull, isNull, lt, notInArray, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { satisfactionRatings } from "../feedback/feedback.tables.ts";
import type { Db } from "../platform/db/database.ts";
import { escalations } from "../sla/sla.tables.ts";
import { tickets } from "../tickets/ticket.tables.ts";
import { ticketIndicatorFacts as f } from "./indicator-facts.tables.ts";
import { ESCALATING_KINDS } from "./indicators/escalations.ts";
import type { Figure, FigureTicketRow } from "./indicators/figure-tickets.ts";
import type { Period } from "./indicators/period.ts";
import type { ResolvedTicketRow } from "./indicators/resolved-tickets.ts";
import { ticketConditions, type ReportReach, type TicketSelection } from "./indicators.store.ts";

// The ticket-by-ticket lists of a period read from the indicator facts valid at its end (docs/decisions/0011): the
// same rows the folded lists (indicators/resolved-tickets.ts, indicators/figure-tickets.ts) make from every history,
// a bounded page at a time in the lists' own order, from the key of the last row of the previous page on.

/** Where the resolved list's next page starts: after this resolution instant and ticket number. */
export type ResolvedKey = { resolvedAt: string; number: number };

/** A page of a list: at most `limit` rows after `after` (from the start without it). */
export type Page<K> = { after?: K; limit: number };

const minutes = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
const iso = (d: Date | null) => (d === null ? null : d.toISOString());

/** The version of each ticket's facts valid at the period's end: the fold of its history cut there. */
const validAt = (T: Date) => and(lt(f.validFrom, T), or(isNull(f.validTo), gte(f.validTo, T)));

/** Versions in the caller's scope: the report's filters and reach match the ticket as it is now, as every report's. */
function scopedJoin(selection: TicketSelection, reach: ReportReach, extra?: SQL): SQL | undefined {
  return and(...ticketConditions(selection, reach), extra);
}

/** Tickets resolved in the period, oldest resolution first (resolved-tickets.ts), a page from a key on. */
export async function resolvedFromFacts(
  db: Db,
  period: Period,
  selection: TicketSelection,
  reach: ReportReach,
  page: Page<ResolvedKey>,
): Promise<ResolvedTicketRow[]> {
  const F = new Date(period.from);
  const T = new Date(period.to);
  const scope = scopedJoin(selection, reach);
  const after = page.after
    ? sql`(${f.resolvedAt}, ${f.number}) > (${page.after.resolvedAt}::timestamptz, ${page.after.number})`
    : undefined;
  const query = db
    .select({
      ticketId: f.ticketId,
      number: f.number,
      subject: f.subject,
      priority: f.priority,
      channel: f.channel,
      assigneeId: f.assigneeId,
      groupId: f.groupId,
      organizationId: f.organizationId,
      createdAt: f.createdAt,
      resolvedAt: f.resolvedAt,
      linked: f.linked,
      linkedClocks: f.linkedClocks,
      rb: f.responseBusinessMinutes,
      rw: f.responseWallMinutes,
      sb: f.resolutionBusinessMinutes,
      sw: f.resolutionWallMinutes,
      responseBreached: f.responseBreached,
      resolutionBreached: f.resolutionBreached,
    })
    .from(f)
    .$dynamic();
  if (scope) query.innerJoin(tickets, and(eq(tickets.id, f.ticketId), scope));
  const rows = await query
    .where(and(f.final, gte(f.resolvedAt, F), lt(f.resolvedAt, T), validAt(T), after))
    .orderBy(asc(f.resolvedAt), asc(f.number))
    .limit(page.limit);
  return rows.map((r) => {
    // A linked ticket's own clocks (the figures' clock columns leave them out: it follows its parent's).
    const own = r.linked ? r.linkedClocks : null;
    return {
      ticket_id: r.ticketId,
      number: r.number,
      subject: r.subject ?? "",
      priority: r.priority,
      channel: r.channel,
      agent_id: r.assigneeId,
      group_id: r.groupId,
      organization_id: r.organizationId ?? "",
      created_at: r.createdAt.toISOString(),
      resolved_at: r.resolvedAt!.toISOString(),
      response_business_minutes: minutes(r.linked ? (own?.response?.businessMinutes ?? null) : r.rb),
      response_wall_minutes: minutes(r.linked ? (own?.response?.wallMinutes ?? null) : r.rw),
      resolution_business_minutes: minutes(r.linked ? (own?.resolution?.businessMinutes ?? null) : r.sb),
      resolution_wall_minutes: minutes(r.linked ? (own?.resolution?.wallMinutes ?? null) : r.sw),
      response_breached: r.responseBreached,
      resolution_breached: r.resolutionBreached,
      linked_to_parent: r.linked,
    };
  });
}

/**
 * The tickets one figure counted (figure-tickets.ts), in ticket-number order, a page from a number on. Each figure's
 * rule is the SQL form of the folded one, on the version valid at the period's end: anything created, resolved,
 * stopped or reopened in the period began a version in it (read by the `valid_from` index), the backlog is the open
 * versions valid at the end (the GiST index on their ranges), escalations and ratings come from their records.
 */
export async function figureTicketsFromFacts(
  db: Db,
  period: Period,
  figure: Figure,
  selection: TicketSelection,
  reach: ReportReach,
  page: Page<number>,
): Promise<FigureTicketRow[]> {
  const F = new Date(period.from);
  const T = new Date(period.to);
  const inP = (col: AnyPgColumn) => and(gte(col, F), lt(col, T));
  const began = gte(f.validFrom, F);
  const resolvedIn = and(began, f.final, inP(f.resolvedAt));
  // The folded lists load the tickets open now or touched since the period began: escalations and ratings of
  // tickets outside that set are not listed by them, and not here either.
  const touched = or(notInArray(tickets.status, ["resolved", "closed"]), gte(tickets.updatedAt, F));
  const escalating = sql.join(
    ESCALATING_KINDS.map((k) => sql`${k}`),
    sql`, `,
  );
  const rules: Record<Figure, { where: SQL | undefined; touched?: boolean }> = {
    created: { where: and(began, inP(f.createdAt)) },
    resolved: { where: resolvedIn },
    backlog: {
      where: and(
        sql`not ${f.final}`,
        sql`tstzrange(${f.validFrom}, ${f.validTo}, '(]') @> ${T.toISOString()}::timestamptz`,
      ),
    },
    reopened: {
      where: and(
        began,
        sql`exists (select 1 from unnest(${f.reopenedAt}) r where r >= ${F.toISOString()}::timestamptz)`,
      ),
    },
    response: { where: and(began, inP(f.responseStoppedAt)) },
    resolution: { where: and(began, inP(f.resolutionStoppedAt)) },
    response_breached: { where: and(began, inP(f.responseStoppedAt), isNotNull(f.responseBreachedAt)) },
    resolution_breached: { where: and(began, inP(f.resolutionStoppedAt), isNotNull(f.resolutionBreachedAt)) },
    first_contact: {
      where: and(
        resolvedIn,
        sql`not ${f.fcrExcluded}`,
        f.fcrFirstContact,
        sql`not exists (select 1 from ${escalations} e where e.ticket_id = ${f.ticketId}
          and e.kind in (${escalating}) and e.at <= ${f.resolvedAt})`,
      ),
    },
    escalated: {
      where: inArray(
        f.ticketId,
        db
          .select({ id: escalations.ticketId })
          .from(escalations)
          .where(and(inArray(escalations.kind, [...ESCALATING_KINDS]), gte(escalations.at, F), lt(escalations.at, T))),
      ),
      touched: true,
    },
    rated: {
      where: inArray(
        f.ticketId,
        db
          .select({ id: satisfactionRatings.ticketId })
          .from(satisfactionRatings)
          .where(and(gte(satisfactionRatings.updatedAt, F), lt(satisfactionRatings.updatedAt, T))),
      ),
      touched: true,
    },
  };
  const rule = rules[figure];
  const scope = scopedJoin(selection, reach, rule.touched ? touched : undefined);
  const query = db
    .select({
      ticketId: f.ticketId,
      number: f.number,
      subject: f.subject,
      status: f.status,
      priority: f.priority,
      channel: f.channel,
      assigneeId: f.assigneeId,
      groupId: f.groupId,
      createdAt: f.createdAt,
      resolvedAt: f.resolvedAt,
    })
    .from(f)
    .$dynamic();
  if (scope) query.innerJoin(tickets, and(eq(tickets.id, f.ticketId), scope));
  const rows = await query
    .where(and(validAt(T), rule.where, page.after === undefined ? undefined : gt(f.number, page.after)))
    .orderBy(asc(f.number))
    .limit(page.limit);
  return rows.map((r) => ({
    ticket_id: r.ticketId,
    number: r.number,
    subject: r.subject ?? "",
    status: r.status ?? "new",
    priority: r.priority,
    channel: r.channel,
    agent_id: r.assigneeId,
    group_id: r.groupId,
    created_at: r.createdAt.toISOString(),
    resolved_at: iso(r.resolvedAt),
  }));
}

/** Rows a list answers per page unless asked for fewer, and the most it answers. */
export const LIST_PAGE = 500;
export const MAX_LIST_PAGE = 1000;

/** A whole list read a page of `MAX_LIST_PAGE` at a time, each page from the last row's key on. */
export async function everyPage<R, K>(
  read: (after: K | undefined, limit: number) => Promise<R[]>,
  key: (row: R) => K,
): Promise<R[]> {
  const out: R[] = [];
  let after: K | undefined;
  for (;;) {
    const page = await read(after, MAX_LIST_PAGE);
    out.push(...page);
    if (page.length < MAX_LIST_PAGE) return out;
    after = key(page[page.length - 1]!);
  }
}
