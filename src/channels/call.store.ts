import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Actor } from "../identity/actor.ts";
import { organizations, people } from "../identity/identity.tables.ts";
import type { Db } from "../platform/db/database.ts";
import { PHONE_MATCH_DIGITS } from "../shared/phone.ts";
import { ACTIVE_STATUSES } from "../tickets/ticket/ticket.ts";
import { tickets } from "../tickets/ticket.tables.ts";
import { visibleTo } from "../tickets/ticket/ticket.store.ts";
import { callLogs } from "./channels.tables.ts";

export type CallLogRow = typeof callLogs.$inferSelect;

/**
 * Active people whose phone is the same line as the key (the last 10 digits of what the agent typed, see
 * shared/phone.ts): the stored number's digits are compared the same way, so separators and prefixes never matter.
 * Unscoped: only staff look callers up, and staff may see everyone in the directory.
 */
export async function findPeopleByPhoneKeyUnscoped(db: Db, key: string, limit: number) {
  const digits = sql`right(regexp_replace(coalesce(${people.phone}, ''), '[^0-9]', '', 'g'), ${sql.raw(String(PHONE_MATCH_DIGITS))})`;
  return db
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      phone: people.phone,
      organizationId: people.organizationId,
      organizationName: organizations.name,
    })
    .from(people)
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .where(and(eq(people.active, true), sql`${digits} = ${key}`))
    .orderBy(asc(people.name), asc(people.id))
    .limit(limit);
}

/** The open tickets these people raised that the actor may see, newest first. */
export async function findOpenTicketsOfRequesters(
  db: Db,
  actor: Actor,
  requesterIds: readonly string[],
  limit: number,
) {
  if (requesterIds.length === 0) return [];
  return db
    .select({
      id: tickets.id,
      number: tickets.number,
      subject: tickets.subject,
      status: tickets.status,
      priority: tickets.priority,
      requesterId: tickets.requesterId,
    })
    .from(tickets)
    .where(
      and(
        inArray(tickets.requesterId, [...requesterIds]),
        inArray(tickets.status, [...ACTIVE_STATUSES]),
        visibleTo(actor),
      ),
    )
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(limit);
}

export async function insertCallLog(tx: Db, row: typeof callLogs.$inferInsert): Promise<CallLogRow> {
  const [created] = await tx.insert(callLogs).values(row).returning();
  return created!;
}

const caller = alias(people, "caller");
const agent = alias(people, "agent");

function selectCalls(db: Db) {
  return db
    .select({ call: callLogs, ticketNumber: tickets.number, callerName: caller.name, agentName: agent.name })
    .from(callLogs)
    .innerJoin(tickets, eq(tickets.id, callLogs.ticketId))
    .leftJoin(caller, eq(caller.id, callLogs.callerId))
    .leftJoin(agent, eq(agent.id, callLogs.agentId));
}

export type CallView = Awaited<ReturnType<typeof findCallsOfTicketUnscoped>>[number];

/** A ticket's calls with the ticket number and who talked, newest first. Unscoped: callers check access to the ticket. */
export async function findCallsOfTicketUnscoped(db: Db, ticketId: string) {
  return selectCalls(db)
    .where(eq(callLogs.ticketId, ticketId))
    .orderBy(desc(callLogs.startedAt), desc(callLogs.createdAt), desc(callLogs.id));
}

/** One call as findCallsOfTicketUnscoped shows it. Unscoped: the caller just logged it. */
export async function findCallUnscoped(db: Db, id: string): Promise<CallView | undefined> {
  const [row] = await selectCalls(db).where(eq(callLogs.id, id));
  return row;
}
