import { and, asc, desc, eq, gte, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import type { DeferredWrites } from "../../platform/db/deferred-writes.ts";
import { enqueue, type NewJob } from "../../platform/jobs/jobs.store.ts";
import { people } from "../../identity/identity.tables.ts";
import { ticketSla } from "../../sla/sla.tables.ts";
import { tickets } from "../../tickets/ticket.tables.ts";
import { bouncingAddresses, inboundMails, mailboxes, outboundMails } from "./mail.tables.ts";

export type OutboundRow = typeof outboundMails.$inferSelect;

/** Writes an outbox row (its id made by the caller) and the job that sends it, in one statement. */
export async function insertOutboundMail(
  tx: Db,
  row: typeof outboundMails.$inferInsert & { id: string },
  job: NewJob,
  /** The transaction's deferred writes to queue both on (sent later, with the others), else written now. */
  later?: DeferredWrites,
): Promise<void> {
  await enqueue(tx, job, tx.insert(outboundMails).values(row).getSQL(), later);
}

export async function findOutboundUnscoped(db: Db, id: string): Promise<OutboundRow | undefined> {
  const [row] = await db.select().from(outboundMails).where(eq(outboundMails.id, id));
  return row;
}

export async function updateOutbound(
  db: Db,
  id: string,
  patch: Partial<typeof outboundMails.$inferInsert>,
): Promise<void> {
  await db.update(outboundMails).set(patch).where(eq(outboundMails.id, id));
}

type Direction = "in" | "out";

/** The Message-IDs of a ticket's mail so far, inbound and outbound, oldest first (for References and In-Reply-To). */
export async function threadOfTicketUnscoped(
  db: Db,
  ticketId: string,
): Promise<{ inbound: string[]; outbound: string[] }> {
  // One round trip for both directions (this runs in the transaction of every public reply on a mail ticket).
  const rows = await db
    .select({ direction: sql<Direction>`'in'`, id: inboundMails.messageId, at: inboundMails.receivedAt })
    .from(inboundMails)
    .where(eq(inboundMails.ticketId, ticketId))
    .unionAll(
      db
        .select({ direction: sql<Direction>`'out'`, id: outboundMails.messageId, at: outboundMails.createdAt })
        .from(outboundMails)
        .where(eq(outboundMails.ticketId, ticketId)),
    )
    .orderBy(sql`3`, sql`2`);
  return {
    inbound: rows.filter((r) => r.direction === "in").map((r) => r.id),
    outbound: rows.filter((r) => r.direction === "out").map((r) => r.id),
  };
}

/** The mailbox a ticket's mail came in by (its first inbound mail), else the oldest active mailbox. */
export async function mailboxOfTicketUnscoped(db: Db, ticketId: string) {
  const [first] = await db
    .select({ address: mailboxes.address, senderName: mailboxes.senderName })
    .from(inboundMails)
    .innerJoin(mailboxes, eq(mailboxes.id, inboundMails.mailboxId))
    .where(eq(inboundMails.ticketId, ticketId))
    .orderBy(asc(inboundMails.receivedAt))
    .limit(1);
  if (first) return first;
  const [any] = await db
    .select({ address: mailboxes.address, senderName: mailboxes.senderName })
    .from(mailboxes)
    .where(eq(mailboxes.active, true))
    .orderBy(asc(mailboxes.createdAt))
    .limit(1);
  return any;
}

/**
 * What mail about a ticket needs of it and its requester, in one read: whether the requester's address bounces, and
 * (given an instant) how many acknowledgements went to it since then (the per-sender hourly limit).
 */
export async function ticketMailFactsUnscoped(db: Db, ticketId: string, acknowledgedSince?: Date) {
  // An acknowledgement goes to one address (queue-ticket-mail.ts), so it is found by its first: the range of
  // outbound_mails_acknowledged_idx for that address and hour.
  const acknowledgements = acknowledgedSince
    ? sql<number>`(select count(*)::int from ${outboundMails} where ${outboundMails.kind} = 'acknowledgement'
        and (${outboundMails.toAddresses})[1] = lower(${people.email})
        and ${outboundMails.createdAt} >= ${acknowledgedSince.toISOString()}::timestamptz)`
    : sql<number>`0`;
  const [row] = await db
    .select({
      number: tickets.number,
      subject: tickets.subject,
      priority: tickets.priority,
      channel: tickets.channel,
      requesterId: people.id,
      email: people.email,
      preferredChannel: people.preferredChannel,
      locale: people.locale,
      timeZone: people.timeZone,
      bouncing: sql<boolean>`exists (select 1 from ${bouncingAddresses} where ${bouncingAddresses.address} = lower(${people.email}))`,
      acknowledgements,
      // The times the ticket's SLA promises (an acknowledgement names them), read here rather than in a query more.
      responseDueAt: ticketSla.responseDueAt,
      resolutionDueAt: ticketSla.resolutionDueAt,
    })
    .from(tickets)
    .innerJoin(people, eq(people.id, tickets.requesterId))
    .leftJoin(ticketSla, eq(ticketSla.ticketId, tickets.id))
    .where(eq(tickets.id, ticketId));
  return row;
}

/** What the outbox list and a ticket's mail view show of each outgoing mail. */
const deliveryColumns = {
  kind: outboundMails.kind,
  toAddresses: outboundMails.toAddresses,
  subject: outboundMails.subject,
  body: outboundMails.body,
  eventSeq: outboundMails.eventSeq,
  status: outboundMails.status,
  lastError: outboundMails.lastError,
  fallback: outboundMails.fallback,
  createdAt: outboundMails.createdAt,
  sentAt: outboundMails.sentAt,
};

/** The local outbox and sent mail, newest first (admins read it; with no SMTP_URL everything stays "queued"). */
export async function listOutboundUnscoped(db: Db, limit: number) {
  return db
    .select({ id: outboundMails.id, ticketId: outboundMails.ticketId, number: tickets.number, ...deliveryColumns })
    .from(outboundMails)
    .innerJoin(tickets, eq(tickets.id, outboundMails.ticketId))
    .orderBy(desc(outboundMails.createdAt), desc(outboundMails.id))
    .limit(limit);
}

/** A ticket's outgoing mail, oldest first, with its delivery state (the console shows it on the reply). */
export async function outboundMailsOfTicketUnscoped(db: Db, ticketId: string) {
  return db
    .select({ id: outboundMails.id, ...deliveryColumns })
    .from(outboundMails)
    .where(eq(outboundMails.ticketId, ticketId))
    .orderBy(asc(outboundMails.createdAt), asc(outboundMails.id));
}
