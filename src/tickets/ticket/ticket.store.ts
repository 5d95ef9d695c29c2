import { and, arrayContains, asc, eq, inArray, or, sql, type Column, type SQL } from "drizzle-orm";
import type { Actor } from "../../identity/actor.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import type { Db } from "../../platform/db/database.ts";
import { applyEvent, type TicketEvent, type TicketState } from "./events.ts";
import { ticketError } from "../ticket.errors.ts";
import { parseTicketRef } from "./ticket.ts";
import { ticketEvents, tickets, type TicketRow } from "../ticket.tables.ts";
import { columnsOf, runStatement, statement, type Statement } from "../../platform/db/statement.ts";
import { claimNextMemberCtes, type AssignedStrategy } from "../routing/routing.store.ts";

/** The columns a ticket's visibility is decided by: `tickets`' own, or a copy kept beside derived rows (search). */
export type ScopeColumns = {
  requesterId: Column;
  organizationId: Column;
  groupId: Column;
  assigneeId: Column;
  followerIds: Column;
};

/** The SQL form of ticket.policy's canSee: every ticket read goes through it (over `columns`, `tickets` by default). */
export function visibleTo(actor: Actor, columns: ScopeColumns = tickets): SQL | undefined {
  switch (actor.role) {
    case "admin":
    case "manager":
      return undefined;
    case "agent": {
      const mine = eq(columns.assigneeId, actor.personId);
      // Tickets they worked on (tickets_followers_idx): the policy's read-and-note access for followers.
      const followed = arrayContains(columns.followerIds, [actor.personId]);
      return actor.groupIds.length > 0
        ? or(mine, inArray(columns.groupId, [...actor.groupIds]), followed)
        : or(mine, followed);
    }
    case "requester":
      return actor.orgManager
        ? or(eq(columns.requesterId, actor.personId), eq(columns.organizationId, actor.organizationId))
        : eq(columns.requesterId, actor.personId);
  }
}

/** A ticket by id the actor may see, or undefined (callers answer 404 either way). */
export async function findTicket(db: Db, actor: Actor, id: string): Promise<TicketRow | undefined> {
  const [row] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.id, id), visibleTo(actor)));
  return row;
}

/** A ticket by its readable number the actor may see. */
export async function findTicketByNumber(db: Db, actor: Actor, number: number): Promise<TicketRow | undefined> {
  const [row] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.number, number), visibleTo(actor)));
  return row;
}

/** Locks the visible ticket that matches for the rest of the transaction (writers serialise per ticket). */
async function lockVisible(tx: Db, actor: Actor, match: SQL): Promise<TicketRow> {
  const [row] = await tx
    .select()
    .from(tickets)
    .where(and(match, visibleTo(actor)))
    .for("update");
  if (!row) throw ticketError("TICKET_NOT_FOUND", "params.id");
  return row;
}

/** Locks a visible ticket row by id for the rest of the transaction. */
export function lockTicket(tx: Db, actor: Actor, id: string): Promise<TicketRow> {
  return lockVisible(tx, actor, eq(tickets.id, id));
}

/** Locks a visible ticket named by id or number (see parseTicketRef) for the rest of the transaction. */
export async function lockTicketByRef(tx: Db, actor: Actor, ref: string): Promise<TicketRow> {
  const key = parseTicketRef(ref);
  if (key === null) throw ticketError("TICKET_NOT_FOUND", "params.id");
  return lockVisible(tx, actor, "id" in key ? eq(tickets.id, key.id) : eq(tickets.number, key.number));
}

/** The projection row as folded state. */
export function rowToState(row: TicketRow): TicketState {
  const { id: _id, number: _number, ...state } = row;
  return state;
}

// The projection's and the log's columns, by property name (the SQL of the two hot writes below is built from them).
const TICKET_COLUMNS = columnsOf(tickets);
const STATE_KEYS = Object.keys(TICKET_COLUMNS).filter((key) => key !== "id" && key !== "number") as Array<
  keyof TicketState
>;
const EVENT_COLUMNS = columnsOf(ticketEvents);
const EVENT_KEYS = ["ticketId", "seq", "type", "actorId", "at", "data"] as const;

/** The SQL texts of the two hot writes, per shape (how many events, which columns): built once each. */
const shapes = new Map<string, Statement>();
const MAX_SHAPES = 1024;
function shaped(key: string, family: string, build: () => string): Statement {
  let found = shapes.get(key);
  if (!found) {
    found = statement(family, build());
    if (shapes.size < MAX_SHAPES) shapes.set(key, found);
  }
  return found;
}

/** `insert into ticket_events (…) values (…), …` for `count` events, its placeholders numbered from 1. */
function insertEventsText(count: number): string {
  const names = EVENT_KEYS.map((key) => EVENT_COLUMNS[key]!.sqlName).join(", ");
  const rows = Array.from(
    { length: count },
    (_, row) => `(${EVENT_KEYS.map((_, column) => `$${row * EVENT_KEYS.length + column + 1}`).join(", ")})`,
  );
  return `insert into "ticket_events" (${names}) values ${rows.join(", ")}`;
}

function eventValues(rows: ReturnType<typeof eventRows>["rows"]): unknown[] {
  return rows.flatMap((row) => EVENT_KEYS.map((key) => EVENT_COLUMNS[key]!.toDriver(row[key])));
}

/** Whether a projection value is unchanged (dates by instant, arrays element by element). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, k) => x === b[k]);
  return a === b;
}

/**
 * Appends events after `state` and rewrites the projection, in the caller's transaction, in one statement (one
 * round trip: the events are a data-modifying CTE of the projection's update). Returns the new state. `state` is the
 * locked row's (rowToState), so only the columns the events changed are written: the version guard proves the row
 * still holds `state`, and a long description is not sent back on every reply.
 */
export async function appendEvents(
  tx: Db,
  ticket: { id: string; number: number },
  state: TicketState,
  events: readonly TicketEvent[],
): Promise<TicketState> {
  const { rows, next } = eventRows(ticket.id, state, events);
  const changed = STATE_KEYS.filter((key) => next[key] !== undefined && !sameValue(state[key], next[key]));
  const query = shaped(`update:${rows.length}:${changed.join(",")}`, "ticket_update", () => {
    let n = rows.length * EVENT_KEYS.length;
    const set = changed.map((key) => `${TICKET_COLUMNS[key]!.sqlName} = $${++n}`).join(", ");
    return (
      `with appended as (${insertEventsText(rows.length)}) ` +
      `update "tickets" set ${set} where "id" = $${n + 1} and "version" = $${n + 2} returning "id"`
    );
  });
  const values = [
    ...eventValues(rows),
    ...changed.map((key) => TICKET_COLUMNS[key]!.toDriver(next[key])),
    ticket.id,
    state.version,
  ];
  // The version guard makes a lost update impossible even if a caller forgot the row lock: no row updated means
  // a stale version, and the error rolls the appended events back with the rest of the transaction.
  const updated = await runStatement(tx, query, values).then(
    (result) => result.length,
    // Another writer already took these sequence numbers (ticket_events_ticket_seq_key): the same stale version.
    (error: unknown) => {
      if (isUniqueViolation(error)) return 0;
      throw error;
    },
  );
  if (updated !== 1) throw ticketError("VERSION_CONFLICT", "body.version");
  return next;
}

/** A new ticket's assignee still to be drawn from its group by the group's strategy, in the insert itself. */
export type AssignInGroup = { groupId: string; strategy: AssignedStrategy; at: Date };

/**
 * Opens a ticket: its first events and its projection row in one statement, the readable number drawn from the
 * shared sequence (unique across processes) by the insert itself rather than by a round trip of its own. With
 * `assign`, the created event (the only one) names no assignee yet: the same statement takes the turn of the group's
 * next member (claimNextMemberCtes) and writes them as the event's assignee, the row's, and a follower as the fold
 * would (after the creator and the one who recorded it, before those Cc'd). Returns the events as written.
 */
export async function appendFirstEvents(
  tx: Db,
  id: string,
  events: readonly TicketEvent[],
  assign?: AssignInGroup,
): Promise<{ number: number; state: TicketState; events: readonly TicketEvent[] }> {
  const created = events[0];
  if (assign && (events.length !== 1 || created?.type !== "created" || created.data.fields.assigneeId !== null))
    throw new Error("appendFirstEvents: an assignment is drawn only for a created event without an assignee");
  const { rows, next } = eventRows(id, undefined, events);
  const given = STATE_KEYS.filter((key) => next[key] !== undefined);
  const key = `insert:${rows.length}:${given.join(",")}${assign ? `:assign:${assign.strategy}` : ""}`;
  const query = shaped(key, "ticket_insert", () => {
    let n = rows.length * EVENT_KEYS.length;
    const names = ["id", "number", ...given].map((key) => TICKET_COLUMNS[key]!.sqlName).join(", ");
    const placeholders = given.map(() => `$${++n}`);
    const idAt = `$${n + 1}`;
    if (!assign)
      // The events' foreign key is checked at the end of the statement, after the ticket row is in.
      return (
        `with appended as (${insertEventsText(rows.length)}) ` +
        `insert into "tickets" (${names}) values (${idAt}, nextval('ticket_number_seq'), ${placeholders.join(", ")}) ` +
        `returning "number"`
      );
    // After the row's placeholders: the group, the time, and the followers before and after the assignee's place
    // (the row's own followers value is the fold's without an assignee: both lists, one after the other).
    const [group, at, before, after] = [`$${n + 2}`, `$${n + 3}`, `$${n + 4}`, `$${n + 5}`] as const;
    const assignee = given.indexOf("assigneeId");
    const followers = given.indexOf("followerIds");
    placeholders[assignee] = `coalesce((select person_id from next_member), ${placeholders[assignee]}::uuid)`;
    placeholders[followers] =
      `(select case when m.person_id is null or m.person_id = any(${before}::uuid[]) ` +
      `then ${placeholders[followers]}::uuid[] ` +
      `else ${before}::uuid[] || m.person_id || array_remove(${after}::uuid[], m.person_id) end from next_member m)`;
    // The event's data is its sixth value: the assignee is set in it as the fold reads it (fields.assigneeId).
    const eventValues = EVENT_KEYS.map((k, column) =>
      k === "data"
        ? `jsonb_set($${column + 1}::jsonb, '{fields,assigneeId}', ` +
          `coalesce((select to_jsonb(person_id) from next_member), 'null'::jsonb))`
        : `$${column + 1}`,
    );
    const eventNames = EVENT_KEYS.map((k) => EVENT_COLUMNS[k]!.sqlName).join(", ");
    return (
      `with ${claimNextMemberCtes(assign.strategy, group, at)}, ` +
      `appended as (insert into "ticket_events" (${eventNames}) values (${eventValues.join(", ")})) ` +
      `insert into "tickets" (${names}) values (${idAt}, nextval('ticket_number_seq'), ${placeholders.join(", ")}) ` +
      `returning "number", "assignee_id"`
    );
  });
  const values = [...eventValues(rows), ...given.map((key) => TICKET_COLUMNS[key]!.toDriver(next[key])), id];
  if (!assign) {
    const [row] = await runStatement<{ number: number }>(tx, query, values);
    return { number: Number(row!.number), state: next, events };
  }
  // Where the fold puts an assignee among the followers: folded with a stand-in for them, the list splits there.
  const { data } = created as Extract<TicketEvent, { type: "created" }>;
  const standIn = "\u0000assignee";
  const folded = applyEvent(undefined, {
    ...created,
    data: { ...data, fields: { ...data.fields, assigneeId: standIn } },
  } as TicketEvent).followerIds;
  const place = folded.indexOf(standIn);
  const [before, after] = [folded.slice(0, place), folded.slice(place + 1)];
  values.push(assign.groupId, assign.at, before, after);
  const [row] = await runStatement<{ number: number; assignee_id: string | null }>(tx, query, values);
  // The events as written, and the state they fold to (the same as the row's, assignee and followers included).
  const written: TicketEvent[] = [
    { ...created, data: { ...data, fields: { ...data.fields, assigneeId: row!.assignee_id } } } as TicketEvent,
  ];
  return { number: Number(row!.number), state: eventRows(id, undefined, written).next, events: written };
}

/** The events' rows, numbered after `state`, and the state they fold to. */
function eventRows(ticketId: string, state: TicketState | undefined, events: readonly TicketEvent[]) {
  let next = state;
  const rows = events.map((event) => {
    next = applyEvent(next, event);
    return { ticketId, seq: next.version, type: event.type, actorId: event.actorId, at: event.at, data: event.data };
  });
  if (!next || rows.length === 0) throw new Error("appendEvents needs at least one event");
  return { rows, next };
}

/** A ticket's whole history, oldest first. Unscoped: callers check access to the ticket first. */
export async function loadEventsUnscoped(db: Db, ticketId: string): Promise<Array<TicketEvent & { seq: number }>> {
  const rows = await db
    .select()
    .from(ticketEvents)
    .where(eq(ticketEvents.ticketId, ticketId))
    .orderBy(asc(ticketEvents.seq));
  return rows.map(
    (r) => ({ seq: r.seq, type: r.type, actorId: r.actorId, at: r.at, data: r.data }) as TicketEvent & { seq: number },
  );
}

/** Children of a ticket still being worked (a major incident's reports). Unscoped: the system resolves them. */
export async function activeChildrenUnscoped(db: Db, parentId: string): Promise<TicketRow[]> {
  return db
    .select()
    .from(tickets)
    .where(and(eq(tickets.parentId, parentId), inArray(tickets.status, ["new", "open", "pending", "on_hold"])));
}

/** How many tickets are in each status and priority (the metrics' gauge), served by tickets_status_priority_idx. */
export async function countTicketsByStatusAndPriority(
  db: Db,
): Promise<Array<{ status: TicketRow["status"]; priority: TicketRow["priority"]; count: number }>> {
  return db
    .select({ status: tickets.status, priority: tickets.priority, count: sql<number>`count(*)::int` })
    .from(tickets)
    .groupBy(tickets.status, tickets.priority);
}
