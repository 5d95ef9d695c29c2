import { and, asc, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Deps } from "../context.ts";
import { hasScope, type Actor } from "../identity/actor.ts";
import { identityError } from "../identity/identity.errors.ts";
import { DomainError } from "../shared/errors.ts";
import type { Channel, Priority, Status } from "../shared/enums.ts";
import { visibleTo } from "./ticket.store.ts";
import { tickets, type TicketRow } from "./ticket.tables.ts";

export const TICKET_SORTS = ["created", "updated", "priority", "number"] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];

export type TicketFilters = {
  status?: Status[];
  priority?: Priority[];
  groupId?: string;
  /** A person id, "me", or "none" for unassigned. */
  assignee?: string;
  organizationId?: string;
  requesterId?: string;
  channel?: Channel[];
  tag?: string;
  /** Matches the subject or description, or the number ("10042" or "#10042"). */
  q?: string;
  sort?: TicketSort;
  order?: "asc" | "desc";
  limit?: number;
  cursor?: string;
};

export type TicketPage = { items: TicketRow[]; nextCursor: string | null };

// Priority sorts by urgency of work, not alphabetically.
const priorityRank = sql<number>`(case ${tickets.priority} when 'critical' then 0 when 'high' then 1 when 'medium' then 2 else 3 end)`;

function sortKey(sort: TicketSort) {
  switch (sort) {
    case "created":
      return { expr: tickets.createdAt as unknown as SQL, read: (r: TicketRow) => r.createdAt.toISOString(), cast: "timestamptz" };
    case "updated":
      return { expr: tickets.updatedAt as unknown as SQL, read: (r: TicketRow) => r.updatedAt.toISOString(), cast: "timestamptz" };
    case "priority":
      return { expr: priorityRank, read: (r: TicketRow) => ["critical", "high", "medium", "low"].indexOf(r.priority), cast: "int" };
    case "number":
      return { expr: tickets.number as unknown as SQL, read: (r: TicketRow) => r.number, cast: "int" };
  }
}

function decodeCursor(cursor: string): [string | number, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(value) && value.length === 2 && typeof value[1] === "string" && /^[0-9a-f-]{36}$/.test(value[1])) {
      if (typeof value[0] === "string" || typeof value[0] === "number") return [value[0], value[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError("invalid", "INVALID_CURSOR", "The cursor is not one this API returned.", "query.cursor");
}

function textFilter(q: string): SQL | undefined {
  const number = /^#?(\d{1,9})$/.exec(q.trim());
  if (number) return eq(tickets.number, Number(number[1]));
  const pattern = `%${q.replaceAll("\\", "\\\\").replaceAll("%", "\\%").replaceAll("_", "\\_")}%`;
  return or(ilike(tickets.subject, pattern), ilike(tickets.description, pattern));
}

/** One page of the tickets the actor may see, filtered and sorted, with a keyset cursor to the next. */
export async function listTickets(deps: Pick<Deps, "db">, actor: Actor, f: TicketFilters): Promise<TicketPage> {
  if (!hasScope(actor, "tickets:read")) throw identityError("SCOPE_MISSING");
  const limit = f.limit ?? 50;
  const key = sortKey(f.sort ?? "created");
  const direction = f.order ?? "desc";
  const conditions: Array<SQL | undefined> = [visibleTo(actor)];
  if (f.status?.length) conditions.push(inArray(tickets.status, f.status));
  if (f.priority?.length) conditions.push(inArray(tickets.priority, f.priority));
  if (f.channel?.length) conditions.push(inArray(tickets.channel, f.channel));
  if (f.groupId) conditions.push(eq(tickets.groupId, f.groupId));
  if (f.organizationId) conditions.push(eq(tickets.organizationId, f.organizationId));
  if (f.requesterId) conditions.push(eq(tickets.requesterId, f.requesterId));
  if (f.assignee === "none") conditions.push(isNull(tickets.assigneeId));
  else if (f.assignee) conditions.push(eq(tickets.assigneeId, f.assignee === "me" ? actor.personId : f.assignee));
  if (f.tag) conditions.push(sql`${f.tag} = any(${tickets.tags})`);
  if (f.q?.trim()) conditions.push(textFilter(f.q));
  if (f.cursor) {
    const [value, id] = decodeCursor(f.cursor);
    const after = sql`(${key.expr}, ${tickets.id}) ${sql.raw(direction === "desc" ? "<" : ">")} (${value}::${sql.raw(key.cast)}, ${id}::uuid)`;
    conditions.push(after);
  }
  const by = direction === "desc" ? desc : asc;
  const rows = await deps.db
    .select()
    .from(tickets)
    .where(and(...conditions))
    .orderBy(by(key.expr), by(tickets.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit && last ? Buffer.from(JSON.stringify([key.read(last), last.id])).toString("base64url") : null;
  return { items, nextCursor };
}
