import { and, eq, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { Deps } from "../../context.ts";
import { hasScope, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";
import { DomainError } from "../../shared/errors.ts";
import { containsPattern, decodeCursor, encodeCursor } from "../../platform/db/keyset.ts";
import type { Channel, Priority, Status } from "../../shared/enums.ts";
import { ticketSla } from "../../sla/sla.tables.ts";
import type { SlaGlance } from "./sla-glance.store.ts";
import { visibleTo } from "./ticket.store.ts";
import { tickets, type TicketRow } from "../ticket.tables.ts";

export const TICKET_SORTS = ["created", "updated", "priority", "number", "due"] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];

export type TicketFilters = {
  status?: Status[];
  priority?: Priority[];
  /** A group id, or "mine": any group the caller is a member of. */
  groupId?: string;
  /** A person id, "me", or "none" for unassigned. */
  assignee?: string;
  organizationId?: string;
  requesterId?: string;
  parentId?: string;
  channel?: Channel[];
  tag?: string;
  /** Matches the subject or description, or the number ("10042" or "#10042"). */
  q?: string;
  /** "breached": a clock breached, or a running one is past its due instant. */
  sla?: "breached";
  /** A running response or resolution clock falls due within this many minutes (and has not yet). */
  breachingWithinMinutes?: number;
  /** "due" sorts by the earliest due instant of a running clock (least time left first when ascending). */
  sort?: TicketSort;
  order?: "asc" | "desc";
  limit?: number;
  cursor?: string;
};

export type TicketPage = { items: ListedTicket[]; nextCursor: string | null };

// Priority sorts by urgency of work, not alphabetically.
// "desc" means most urgent first, like every other sort: Critical ranks highest.
const priorityRank = sql<number>`(case ${tickets.priority} when 'critical' then 3 when 'high' then 2 when 'medium' then 1 else 0 end)`;

// The earliest due instant of a running clock, or for a paused resolution clock when it would be due if resumed
// now (now + its business time left, counted as real time: exact on 24×7, never later than the calendar's instant);
// tickets with none (stopped, no SLA) sort after every real one.
const NO_DUE = "9999-12-31T23:59:59.999Z";
function dueAt(now: Date) {
  const ifResumed = sql`${now.toISOString()}::timestamptz + ${ticketSla.resolutionPausedRemainingMs} * interval '1 millisecond'`;
  return sql<Date>`coalesce(least(${ticketSla.responseDueAt}, ${ticketSla.resolutionDueAt}, ${ifResumed}), ${sql.raw(`'${NO_DUE}'`)}::timestamptz)`.mapWith(
    ticketSla.resolutionDueAt,
  );
}

function sortKey(sort: TicketSort, now: Date) {
  switch (sort) {
    case "created":
      return {
        expr: tickets.createdAt as unknown as SQL,
        read: (r: TicketRow) => r.createdAt.toISOString(),
        cast: "timestamptz",
      };
    case "updated":
      return {
        expr: tickets.updatedAt as unknown as SQL,
        read: (r: TicketRow) => r.updatedAt.toISOString(),
        cast: "timestamptz",
      };
    case "priority":
      return {
        expr: priorityRank,
        read: (r: TicketRow) => ["low", "medium", "high", "critical"].indexOf(r.priority),
        cast: "int",
      };
    case "number":
      return { expr: tickets.number as unknown as SQL, read: (r: TicketRow) => r.number, cast: "int" };
    case "due":
      return {
        expr: dueAt(now) as SQL,
        read: (_r: TicketRow, due: Date | null) => (due ?? new Date(NO_DUE)).toISOString(),
        cast: "timestamptz",
      };
  }
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Whether a cursor's sort value is one `read` could have produced for this cast (anything else would fail in SQL). */
function validSortValue(value: unknown, cast: string): value is string | number {
  if (cast === "int") return Number.isInteger(value) && Math.abs(value as number) <= 2_147_483_647;
  return (
    typeof value === "string" &&
    ISO_INSTANT.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(value).toISOString() === value
  );
}

function readCursor(cursor: string, cast: string): [string | number, string] {
  const parts = decodeCursor(cursor, (value): value is string | number => validSortValue(value, cast));
  if (!parts)
    throw new DomainError("invalid", "INVALID_CURSOR", "The cursor is not one this API returned.", "query.cursor");
  return parts;
}

function textFilter(q: string): SQL | undefined {
  const number = /^#?(\d{1,9})$/.exec(q.trim());
  if (number) return eq(tickets.number, Number(number[1]));
  const pattern = containsPattern(q);
  return or(ilike(tickets.subject, pattern), ilike(tickets.description, pattern));
}

function slaFilters(f: TicketFilters, now: Date): SQL[] {
  const out: SQL[] = [];
  const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;
  if (f.sla === "breached") {
    // The stored flag lags a running clock until the worker fires its breach, so a passed due instant counts too.
    out.push(
      or(
        eq(ticketSla.breached, true),
        sql`least(${ticketSla.responseDueAt}, ${ticketSla.resolutionDueAt}) < ${at(now)}`,
      )!,
    );
  }
  if (f.breachingWithinMinutes !== undefined) {
    const until = new Date(now.getTime() + f.breachingWithinMinutes * 60_000);
    const within = (column: typeof ticketSla.responseDueAt) => and(gte(column, now), lte(column, until));
    out.push(or(within(ticketSla.responseDueAt), within(ticketSla.resolutionDueAt))!);
  }
  return out;
}

/** Whether the filters or the sort read a ticket's SLA (the query must then left-join ticket_sla). */
export function filtersNeedSla(f: TicketFilters): boolean {
  return f.sort === "due" || f.sla !== undefined || f.breachingWithinMinutes !== undefined;
}

/**
 * The conditions the list's filters put on tickets (left-joined to ticket_sla when filtersNeedSla): not the
 * caller's scope (visibleTo) nor the cursor. The view counts use the very same conditions, so a count is
 * always the length of the list it stands for.
 */
export function ticketFilterConditions(actor: Actor, f: TicketFilters, now: Date): SQL[] {
  const conditions: SQL[] = [];
  if (f.status?.length) conditions.push(inArray(tickets.status, f.status));
  if (f.priority?.length) conditions.push(inArray(tickets.priority, f.priority));
  if (f.channel?.length) conditions.push(inArray(tickets.channel, f.channel));
  if (f.groupId === "mine")
    conditions.push(actor.groupIds.length > 0 ? inArray(tickets.groupId, [...actor.groupIds]) : sql`false`);
  else if (f.groupId) conditions.push(eq(tickets.groupId, f.groupId));
  if (f.organizationId) conditions.push(eq(tickets.organizationId, f.organizationId));
  if (f.requesterId) conditions.push(eq(tickets.requesterId, f.requesterId));
  if (f.parentId) conditions.push(eq(tickets.parentId, f.parentId));
  if (f.assignee === "none") conditions.push(isNull(tickets.assigneeId));
  else if (f.assignee) conditions.push(eq(tickets.assigneeId, f.assignee === "me" ? actor.personId : f.assignee));
  if (f.tag) conditions.push(sql`${f.tag} = any(${tickets.tags})`);
  const text = f.q?.trim() ? textFilter(f.q) : undefined;
  if (text) conditions.push(text);
  if (filtersNeedSla(f)) conditions.push(...slaFilters(f, now));
  return conditions;
}

/** A listed ticket: its projection row and its SLA at a glance (null when no policy applies), read together. */
export type ListedTicket = TicketRow & { sla: SlaGlance | null };

/** What the page's statement returns per row (both engines: instants as Date or as PostgreSQL's text). */
type ListRow = {
  id: string;
  number: number;
  subject: string;
  description: string;
  type: TicketRow["type"];
  category_id: string | null;
  impact: TicketRow["impact"];
  urgency: TicketRow["urgency"];
  priority: TicketRow["priority"];
  priority_override: string | null;
  status: TicketRow["status"];
  requester_id: string;
  organization_id: string;
  group_id: string | null;
  assignee_id: string | null;
  channel: TicketRow["channel"];
  tags: string[];
  parent_id: string | null;
  follower_ids: string[];
  version: number;
  created_at: Instant;
  updated_at: Instant;
  resolved_at: Instant | null;
  closed_at: Instant | null;
  sla_response_due_at: Instant | null;
  sla_resolution_due_at: Instant | null;
  sla_breached: boolean | null;
  due: Instant | null;
};
type Instant = Date | string;

// Drizzle's drivers hand timestamptz over as text ("2026-12-05 19:45:54.123+00") for its columns to convert; this
// statement is read without Drizzle's per-column mapping (the list's main cost at 50 rows), so it converts here.
function instant(value: Instant): Date;
function instant(value: Instant | null): Date | null;
function instant(value: Instant | null): Date | null {
  if (value === null || value instanceof Date) return value;
  return new Date(value);
}

function listedTicket(r: ListRow): ListedTicket {
  return {
    id: r.id,
    number: r.number,
    subject: r.subject,
    description: r.description,
    type: r.type,
    categoryId: r.category_id,
    impact: r.impact,
    urgency: r.urgency,
    priority: r.priority,
    priorityOverride: r.priority_override,
    status: r.status,
    requesterId: r.requester_id,
    organizationId: r.organization_id,
    groupId: r.group_id,
    assigneeId: r.assignee_id,
    channel: r.channel,
    tags: r.tags,
    parentId: r.parent_id,
    followerIds: r.follower_ids,
    version: r.version,
    createdAt: instant(r.created_at),
    updatedAt: instant(r.updated_at),
    resolvedAt: instant(r.resolved_at),
    closedAt: instant(r.closed_at),
    sla:
      r.sla_breached === null
        ? null
        : {
            responseDueAt: instant(r.sla_response_due_at),
            resolutionDueAt: instant(r.sla_resolution_due_at),
            breached: r.sla_breached,
          },
  };
}

// Every column of the projection and the SLA glance, in one statement: the page costs one round trip.
const LIST_COLUMNS = sql.raw(
  [
    "id",
    "number",
    "subject",
    "description",
    "type",
    "category_id",
    "impact",
    "urgency",
    "priority",
    "priority_override",
    "status",
    "requester_id",
    "organization_id",
    "group_id",
    "assignee_id",
    "channel",
    "tags",
    "parent_id",
    "follower_ids",
    "version",
    "created_at",
    "updated_at",
    "resolved_at",
    "closed_at",
  ]
    .map((c) => `"tickets"."${c}"`)
    .concat([
      `"ticket_sla"."response_due_at" as sla_response_due_at`,
      `"ticket_sla"."resolution_due_at" as sla_resolution_due_at`,
      `"ticket_sla"."breached" as sla_breached`,
    ])
    .join(", "),
);

/**
 * One page of the tickets the actor may see, filtered and sorted, with a keyset cursor to the next, each with its SLA
 * glance. Every sort walks an index or sorts only the open backlog (the console's views all ask for open statuses);
 * docs/benchmarks.md has the plans at 10,000 to 1,000,000 tickets.
 */
export async function listTickets(
  deps: Pick<Deps, "readDb" | "clock">,
  actor: Actor,
  f: TicketFilters,
): Promise<TicketPage> {
  if (!hasScope(actor, "tickets:read")) throw identityError("SCOPE_MISSING");
  const limit = f.limit ?? 50;
  const now = deps.clock.now();
  const key = sortKey(f.sort ?? "created", now);
  const direction = f.order ?? (f.sort === "due" ? "asc" : "desc");
  const conditions: Array<SQL | undefined> = [visibleTo(actor), ...ticketFilterConditions(actor, f, now)];
  if (f.cursor) {
    const [value, id] = readCursor(f.cursor, key.cast);
    const after = sql`(${key.expr}, ${tickets.id}) ${sql.raw(direction === "desc" ? "<" : ">")} (${value}::${sql.raw(key.cast)}, ${id}::uuid)`;
    conditions.push(after);
  }
  const dir = sql.raw(direction);
  const where = and(...conditions);
  // A list may lag by the replica's delay (Deps.readDb); what a write decides is read from the primary.
  // The SLA row is one primary-key lookup per listed ticket (a left join: tickets without a policy stay listed).
  const result = (await deps.readDb.execute(sql`
    select ${LIST_COLUMNS}, ${f.sort === "due" ? dueAt(now) : sql`null`} as due
    from ${tickets} left join ${ticketSla} on ${ticketSla.ticketId} = ${tickets.id}
    ${where ? sql`where ${where}` : sql``}
    order by ${key.expr} ${dir}, ${tickets.id} ${dir}
    limit ${limit + 1}`)) as unknown as { rows: ListRow[] };
  const rows = result.rows;
  const page = rows.slice(0, limit).map(listedTicket);
  const last = rows[limit - 1];
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor(key.read(page[limit - 1]!, last.due === null ? null : instant(last.due)), last.id)
      : null;
  return { items: page, nextCursor };
}
