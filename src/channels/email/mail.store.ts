import { randomBytes } from "node:crypto";
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import { groupMembers, organizations, people, settings } from "../../identity/identity.tables.ts";
import { attachments, tickets } from "../../tickets/ticket.tables.ts";
import {
  bouncingAddresses,
  inboundMails,
  mailboxes,
  mailQuarantine,
  organizationEmailDomains,
  outboundMails,
} from "./mail.tables.ts";

export type MailboxRow = typeof mailboxes.$inferSelect;

/** Every active mailbox, oldest first. Unscoped: ingestion runs as the system. */
export async function activeMailboxesUnscoped(db: Db): Promise<MailboxRow[]> {
  return db
    .select()
    .from(mailboxes)
    .where(eq(mailboxes.active, true))
    .orderBy(asc(mailboxes.createdAt), asc(mailboxes.id));
}

/**
 * Claims a Message-ID for a mailbox: the row is inserted unless that mailbox already has one with this id (then
 * undefined: a duplicate). A concurrent claim of the same id waits on the unique index for this transaction's end.
 */
export async function claimInboundMail(tx: Db, row: typeof inboundMails.$inferInsert): Promise<string | undefined> {
  const [created] = await tx.insert(inboundMails).values(row).onConflictDoNothing().returning({ id: inboundMails.id });
  return created?.id;
}

/** The ticket an earlier inbound mail of this mailbox with one of these ids and this base subject joined, if any. */
export async function ticketOfEarlierMailUnscoped(
  db: Db,
  mailboxId: string,
  messageIds: readonly string[],
  base: string,
) {
  if (messageIds.length === 0) return undefined;
  const [row] = await earlierMailTicket(db, mailboxId, messageIds, base);
  return row?.ticketId ?? undefined;
}

/** The query of ticketOfEarlierMailUnscoped (ingestion sends it inside the statement that claims a mail). */
export function earlierMailTicket(db: Db, mailboxId: string, messageIds: readonly string[], base: string) {
  return db
    .select({ ticketId: inboundMails.ticketId })
    .from(inboundMails)
    .where(
      and(
        eq(inboundMails.mailboxId, mailboxId),
        inArray(inboundMails.messageId, [...messageIds]),
        eq(inboundMails.baseSubject, base),
        isNotNull(inboundMails.ticketId),
      ),
    )
    .limit(1);
}

/** A ticket's id and number by its number. Unscoped: the use case then acts on it as the sender, through the policy. */
export async function ticketIdByNumberUnscoped(db: Db, number: number) {
  const [row] = await db
    .select({ id: tickets.id, number: tickets.number })
    .from(tickets)
    .where(eq(tickets.number, number));
  return row;
}

/** A ticket's number by its id. Unscoped: the caller already acted on the ticket through its policy. */
export async function ticketNumberUnscoped(db: Db, id: string): Promise<number | undefined> {
  const [row] = await db.select({ number: tickets.number }).from(tickets).where(eq(tickets.id, id));
  return row?.number;
}

export type Sender = {
  id: string;
  name: string;
  email: string;
  role: (typeof people.$inferSelect)["role"];
  organizationId: string;
  orgManager: boolean;
  active: boolean;
  groupIds: string[];
};

export const groupIdsOf = sql<
  string[]
>`coalesce((select array_agg(${groupMembers.groupId}) from ${groupMembers} where ${groupMembers.personId} = ${people.id}), '{}')`;

/** The person with this address (case-insensitive), with their groups. Unscoped: who a mail is from. */
export async function findSenderUnscoped(db: Db, email: string): Promise<Sender | undefined> {
  const [row] = await db
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      role: people.role,
      organizationId: people.organizationId,
      orgManager: people.orgManager,
      active: people.active,
      groupIds: groupIdsOf,
    })
    .from(people)
    .where(sql`lower(${people.email}) = lower(${email})`);
  return row;
}

/** The active people with these addresses (lower-case), in no order: whom a mail's Cc names that we know. */
export async function knownPeopleUnscoped(db: Db, addresses: readonly string[]): Promise<string[]> {
  if (addresses.length === 0) return [];
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.active, true), inArray(sql`lower(${people.email})`, [...addresses])));
  return rows.map((r) => r.id);
}

/**
 * Adds a requester unless the address already has a person (a concurrent mail from the same stranger): the new
 * person as a sender (in no group), or undefined when someone else made them first.
 */
export async function insertRequesterIfAbsent(
  db: Db,
  row: { name: string; email: string; organizationId: string },
): Promise<Sender | undefined> {
  const [created] = await db
    .insert(people)
    .values({ ...row, role: "requester" })
    .onConflictDoNothing()
    .returning({
      id: people.id,
      name: people.name,
      email: people.email,
      role: people.role,
      organizationId: people.organizationId,
      orgManager: people.orgManager,
      active: people.active,
    });
  return created ? { ...created, groupIds: [] } : undefined;
}

/** The organization owning a mail domain, if any. */
export async function organizationForDomainUnscoped(db: Db, domain: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: organizationEmailDomains.organizationId })
    .from(organizationEmailDomains)
    .where(eq(organizationEmailDomains.domain, domain.toLowerCase()));
  return row?.id;
}

export const UNASSIGNED_SENDERS = "Unassigned senders";

/** The organization strangers from unknown domains join until an agent places them (created on first use). */
export async function unassignedSendersOrganization(db: Db): Promise<string> {
  const read = async () => {
    const [row] = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.name, UNASSIGNED_SENDERS));
    return row?.id;
  };
  // Read first: it exists for every stranger but the first, and the insert would cost a round trip each time.
  const existing = await read();
  if (existing) return existing;
  await db.insert(organizations).values({ name: UNASSIGNED_SENDERS, kind: "client" }).onConflictDoNothing();
  return (await read())!;
}

/** Quarantines a mail; undefined when one with the same dedupe key is already there (a redelivery). */
export async function insertQuarantine(db: Db, row: typeof mailQuarantine.$inferInsert): Promise<string | undefined> {
  const [created] = await db
    .insert(mailQuarantine)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: mailQuarantine.id });
  return created?.id;
}

/** Quarantined mail still waiting for an admin, oldest first, without the raw bytes. */
export async function openQuarantineUnscoped(db: Db, limit: number) {
  return db
    .select({
      id: mailQuarantine.id,
      mailboxId: mailQuarantine.mailboxId,
      reason: mailQuarantine.reason,
      fromAddress: mailQuarantine.fromAddress,
      subject: mailQuarantine.subject,
      size: mailQuarantine.size,
      receivedAt: mailQuarantine.receivedAt,
    })
    .from(mailQuarantine)
    .where(isNull(mailQuarantine.resolvedAt))
    .orderBy(asc(mailQuarantine.receivedAt), asc(mailQuarantine.id))
    .limit(limit);
}

/** A quarantined mail, locked, with its bytes. */
export async function lockQuarantineUnscoped(tx: Db, id: string) {
  const [row] = await tx.select().from(mailQuarantine).where(eq(mailQuarantine.id, id)).for("update");
  return row;
}

export async function resolveQuarantine(
  tx: Db,
  id: string,
  patch: { resolution: "released" | "discarded"; resolvedAt: Date; ticketId?: string },
) {
  await tx.update(mailQuarantine).set(patch).where(eq(mailQuarantine.id, id));
}

/** Records that our mail to an address bounced (latest bounce wins). */
export async function markBouncing(
  db: Db,
  row: { address: string; reason: string; ticketId: string | null; at: Date },
): Promise<void> {
  const values = {
    address: row.address.toLowerCase(),
    reason: row.reason,
    ticketId: row.ticketId,
    lastBounceAt: row.at,
  };
  await db
    .insert(bouncingAddresses)
    .values(values)
    .onConflictDoUpdate({
      target: bouncingAddresses.address,
      set: { reason: values.reason, ticketId: values.ticketId, lastBounceAt: values.lastBounceAt },
    });
}

const MESSAGE_ID_KEY = "mail_message_id_key";

/** The key our Message-IDs are signed with: made once per workspace, kept in settings (like the link key). */
export async function messageIdKey(db: Db): Promise<string> {
  const read = async () => {
    const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, MESSAGE_ID_KEY));
    return (row?.value as { secret: string } | undefined)?.secret;
  };
  // Read first: the key exists for every mail but the first, and the insert would cost a round trip each time.
  const existing = await read();
  if (existing) return existing;
  await db
    .insert(settings)
    .values({ key: MESSAGE_ID_KEY, value: { secret: randomBytes(32).toString("base64url") } })
    .onConflictDoNothing();
  return (await read())!;
}

/** Every mailbox, active or not, oldest first. */
export async function allMailboxesUnscoped(db: Db): Promise<MailboxRow[]> {
  return db.select().from(mailboxes).orderBy(asc(mailboxes.createdAt), asc(mailboxes.id));
}

export async function insertMailbox(db: Db, row: typeof mailboxes.$inferInsert): Promise<MailboxRow> {
  const [created] = await db.insert(mailboxes).values(row).returning();
  return created!;
}

/** One mailbox, locked for an admin's change. */
export async function lockMailboxUnscoped(tx: Db, id: string): Promise<MailboxRow | undefined> {
  const [row] = await tx.select().from(mailboxes).where(eq(mailboxes.id, id)).for("update");
  return row;
}

export async function updateMailboxRow(
  db: Db,
  id: string,
  patch: Partial<typeof mailboxes.$inferInsert>,
): Promise<MailboxRow | undefined> {
  const [row] = await db.update(mailboxes).set(patch).where(eq(mailboxes.id, id)).returning();
  return row;
}

/** Deletes a mailbox; its inbound and quarantined mail keep their rows (mailbox_id set null), its IMAP lease goes. */
export async function deleteMailboxRow(tx: Db, id: string): Promise<void> {
  await tx.delete(mailboxes).where(eq(mailboxes.id, id));
}

/** The raw bytes of one quarantined mail (view original). */
export async function quarantinedRawUnscoped(db: Db, id: string) {
  const [row] = await db
    .select({ raw: mailQuarantine.raw, subject: mailQuarantine.subject })
    .from(mailQuarantine)
    .where(eq(mailQuarantine.id, id));
  return row;
}

/** Addresses our mail bounced from, latest bounce first, with the ticket of the last one. */
export async function bouncingAddressesUnscoped(db: Db, limit: number) {
  return db
    .select({
      address: bouncingAddresses.address,
      reason: bouncingAddresses.reason,
      ticketId: bouncingAddresses.ticketId,
      number: tickets.number,
      lastBounceAt: bouncingAddresses.lastBounceAt,
    })
    .from(bouncingAddresses)
    .leftJoin(tickets, eq(tickets.id, bouncingAddresses.ticketId))
    .orderBy(desc(bouncingAddresses.lastBounceAt), asc(bouncingAddresses.address))
    .limit(limit);
}

/** A bouncing address's row, locked (an admin clears it). */
export async function lockBouncingAddressUnscoped(tx: Db, address: string) {
  const [row] = await tx
    .select()
    .from(bouncingAddresses)
    .where(eq(bouncingAddresses.address, address.toLowerCase()))
    .for("update");
  return row;
}

export async function deleteBouncingAddress(tx: Db, address: string): Promise<void> {
  await tx.delete(bouncingAddresses).where(eq(bouncingAddresses.address, address.toLowerCase()));
}

/** A ticket's inbound mail, oldest first, as the console's mail view shows it. Unscoped: callers check the ticket. */
export async function inboundMailsOfTicketUnscoped(db: Db, ticketId: string) {
  return db
    .select({
      id: inboundMails.id,
      fromAddress: inboundMails.fromAddress,
      toAddresses: inboundMails.toAddresses,
      ccAddresses: inboundMails.ccAddresses,
      subject: inboundMails.subject,
      outcome: inboundMails.outcome,
      bodyText: inboundMails.bodyText,
      quotedText: inboundMails.quotedText,
      bodyHtml: inboundMails.bodyHtml,
      quotedHtml: inboundMails.quotedHtml,
      attachmentId: inboundMails.attachmentId,
      receivedAt: inboundMails.receivedAt,
    })
    .from(inboundMails)
    .where(eq(inboundMails.ticketId, ticketId))
    .orderBy(asc(inboundMails.receivedAt), asc(inboundMails.id));
}
