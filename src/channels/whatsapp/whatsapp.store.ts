import { and, asc, desc, eq, getTableName, inArray, isNull, sql } from "drizzle-orm";
import { groupMembers, people } from "../../identity/identity.tables.ts";
import type { Db } from "../../platform/db/database.ts";
import { insertWithJob, withJobStatement } from "../../platform/jobs/jobs.store.ts";
import { PHONE_MATCH_DIGITS } from "../../shared/phone.ts";
import { tickets } from "../../tickets/ticket.tables.ts";
import type { Sender } from "../email/mail.store.ts";
import {
  whatsappEvents,
  whatsappGroups,
  whatsappMessages,
  whatsappNumbers,
  whatsappTemplates,
  type WhatsappDelivery,
} from "./whatsapp.tables.ts";

export type WhatsappNumberRow = typeof whatsappNumbers.$inferSelect;
export type WhatsappEventRow = typeof whatsappEvents.$inferSelect;
export type WhatsappMessageRow = typeof whatsappMessages.$inferSelect;
export type WhatsappTemplateRow = typeof whatsappTemplates.$inferSelect;

// ── numbers ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** Every configured number (admins; the webhook's secrets). Unscoped: numbers belong to the desk, not to a person. */
export async function listNumbersUnscoped(db: Db): Promise<WhatsappNumberRow[]> {
  return db.select().from(whatsappNumbers).orderBy(asc(whatsappNumbers.createdAt), asc(whatsappNumbers.id));
}

export async function findNumberUnscoped(db: Db, id: string): Promise<WhatsappNumberRow | undefined> {
  const [row] = await db.select().from(whatsappNumbers).where(eq(whatsappNumbers.id, id));
  return row;
}

export async function insertNumber(db: Db, row: typeof whatsappNumbers.$inferInsert): Promise<WhatsappNumberRow> {
  const [created] = await db.insert(whatsappNumbers).values(row).returning();
  return created!;
}

export async function updateNumber(
  db: Db,
  id: string,
  patch: Partial<typeof whatsappNumbers.$inferInsert>,
): Promise<WhatsappNumberRow | undefined> {
  const [row] = await db.update(whatsappNumbers).set(patch).where(eq(whatsappNumbers.id, id)).returning();
  return row;
}

/** Removes a number; its messages keep their phone_number_id (text), so the tickets' conversations stay readable. */
export async function deleteNumber(db: Db, id: string): Promise<WhatsappNumberRow | undefined> {
  const [row] = await db.delete(whatsappNumbers).where(eq(whatsappNumbers.id, id)).returning();
  return row;
}

// ── templates ────────────────────────────────────────────────────────────────────────────────────────────────────

export function listTemplatesUnscoped(db: Db): Promise<WhatsappTemplateRow[]> {
  return db.select().from(whatsappTemplates).orderBy(asc(whatsappTemplates.name));
}

export async function findTemplateUnscoped(db: Db, id: string): Promise<WhatsappTemplateRow | undefined> {
  const [row] = await db.select().from(whatsappTemplates).where(eq(whatsappTemplates.id, id));
  return row;
}

export async function insertTemplate(db: Db, row: typeof whatsappTemplates.$inferInsert): Promise<WhatsappTemplateRow> {
  const [created] = await db.insert(whatsappTemplates).values(row).returning();
  return created!;
}

export async function updateTemplate(
  db: Db,
  id: string,
  patch: Partial<typeof whatsappTemplates.$inferInsert>,
): Promise<WhatsappTemplateRow | undefined> {
  const [row] = await db.update(whatsappTemplates).set(patch).where(eq(whatsappTemplates.id, id)).returning();
  return row;
}

/** Removes a template; messages sent with it keep their own copy of its name, language and parameters. */
export async function deleteTemplate(db: Db, id: string): Promise<WhatsappTemplateRow | undefined> {
  const [row] = await db.delete(whatsappTemplates).where(eq(whatsappTemplates.id, id)).returning();
  return row;
}

// ── events ───────────────────────────────────────────────────────────────────────────────────────────────────────

// The webhook's one statement, its text made once (a named prepared statement on PostgreSQL): $1 the events as one
// JSON array, $2 when they arrived; the job's values follow (insertWithJob).
const STORE_EVENTS = withJobStatement(
  "whatsapp_events_store",
  `insert into "${getTableName(whatsappEvents)}" (dedupe_key, kind, phone_number_id, payload, received_at)
    select x.dedupe_key, x.kind, x.phone_number_id, x.payload, $2::timestamptz
    from jsonb_to_recordset($1::jsonb) as x(dedupe_key text, kind text, phone_number_id text, payload jsonb)
    on conflict (dedupe_key) do nothing
    returning id`,
  2,
);

/**
 * Stores a webhook's events and the one inbound job that lists those stored now, in one statement: the events are sent
 * as one JSON array and inserted from it (a replayed one — same dedupe key — is skipped), the job built from what the
 * insert returned. Answers the ids of the events stored now.
 */
export async function storeEventsWithJob(
  db: Db,
  rows: ReadonlyArray<Pick<typeof whatsappEvents.$inferInsert, "dedupeKey" | "kind" | "phoneNumberId" | "payload">>,
  receivedAt: Date,
  jobKind: string,
): Promise<number[]> {
  if (rows.length === 0) return [];
  const input = JSON.stringify(
    rows.map((r) => ({ dedupe_key: r.dedupeKey, kind: r.kind, phone_number_id: r.phoneNumberId, payload: r.payload })),
  );
  return insertWithJob(db, STORE_EVENTS, [input, receivedAt.toISOString()], {
    kind: jobKind,
    payloadKey: "eventIds",
    runAt: receivedAt,
  });
}

/** These events, those not processed yet, in the order they arrived, locked against a concurrent worker. */
export function lockPendingEvents(db: Db, ids: readonly number[]): Promise<WhatsappEventRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(whatsappEvents)
    .where(and(inArray(whatsappEvents.id, [...ids]), isNull(whatsappEvents.processedAt)))
    .orderBy(asc(whatsappEvents.id))
    .for("update", { skipLocked: true });
}

export async function markEvent(db: Db, id: number, outcome: string, at: Date): Promise<void> {
  await db
    .update(whatsappEvents)
    .set({ processedAt: at, outcome: outcome.slice(0, 1000) })
    .where(eq(whatsappEvents.id, id));
}

// ── people ───────────────────────────────────────────────────────────────────────────────────────────────────────

const senderColumns = {
  id: people.id,
  name: people.name,
  email: people.email,
  role: people.role,
  organizationId: people.organizationId,
  orgManager: people.orgManager,
  active: people.active,
  groupIds: sql<
    string[]
  >`coalesce((select array_agg(${groupMembers.groupId}) from ${groupMembers} where ${groupMembers.personId} = ${people.id}), '{}')`,
};

/**
 * The person on this line (shared/phone.ts: the last 10 digits agree), active ones first, the oldest first; else by
 * the address a WhatsApp-only person was given. Unscoped: who a message is from.
 */
export async function findWhatsappSenderUnscoped(
  db: Db,
  phoneKey: string | null,
  email: string,
): Promise<Sender | undefined> {
  const digits = sql`right(regexp_replace(coalesce(${people.phone}, ''), '[^0-9]', '', 'g'), ${sql.raw(String(PHONE_MATCH_DIGITS))})`;
  const [row] = await db
    .select(senderColumns)
    .from(people)
    .where(
      phoneKey
        ? sql`(${digits} = ${phoneKey} or lower(${people.email}) = lower(${email}))`
        : sql`lower(${people.email}) = lower(${email})`,
    )
    .orderBy(desc(people.active), asc(people.createdAt), asc(people.id))
    .limit(1);
  return row;
}

/** Adds a requester for a WhatsApp sender unless a concurrent message made them first. */
export async function insertWhatsappRequester(
  db: Db,
  row: { name: string; email: string; phone: string | null; organizationId: string },
): Promise<void> {
  await db
    .insert(people)
    .values({ ...row, role: "requester" })
    .onConflictDoNothing();
}

// ── tickets and messages ─────────────────────────────────────────────────────────────────────────────────────────

/** The ticket one of our messages (or an earlier inbound one) belongs to, by its wamid. */
export async function ticketOfWamidUnscoped(db: Db, wamid: string): Promise<string | undefined> {
  const [row] = await db
    .select({ ticketId: whatsappMessages.ticketId })
    .from(whatsappMessages)
    .where(eq(whatsappMessages.wamid, wamid));
  return row?.ticketId;
}

/** The sender's latest WhatsApp ticket that is not closed: its id, status and when it was resolved. */
export async function latestWhatsappTicketUnscoped(db: Db, requesterId: string) {
  const [row] = await db
    .select({ id: tickets.id, status: tickets.status, resolvedAt: tickets.resolvedAt })
    .from(tickets)
    .where(
      and(
        eq(tickets.requesterId, requesterId),
        eq(tickets.channel, "whatsapp"),
        sql`${tickets.status} <> 'closed'`,
        // A conversation in a group is not the one-to-one conversation with the same person.
        sql`not exists (select 1 from ${whatsappMessages} m where m.ticket_id = ${tickets.id} and m.group_id is not null)`,
      ),
    )
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(1);
  return row;
}

export async function ticketStatusUnscoped(db: Db, ticketId: string) {
  const [row] = await db
    .select({
      id: tickets.id,
      status: tickets.status,
      resolvedAt: tickets.resolvedAt,
      requesterId: tickets.requesterId,
    })
    .from(tickets)
    .where(eq(tickets.id, ticketId));
  return row;
}

export async function insertWhatsappMessage(
  db: Db,
  row: typeof whatsappMessages.$inferInsert,
): Promise<WhatsappMessageRow> {
  const [created] = await db.insert(whatsappMessages).values(row).onConflictDoNothing().returning();
  return created!;
}

export async function findWhatsappMessageUnscoped(db: Db, id: string): Promise<WhatsappMessageRow | undefined> {
  const [row] = await db.select().from(whatsappMessages).where(eq(whatsappMessages.id, id));
  return row;
}

export async function findWhatsappMessageByWamid(db: Db, wamid: string): Promise<WhatsappMessageRow | undefined> {
  const [row] = await db.select().from(whatsappMessages).where(eq(whatsappMessages.wamid, wamid)).for("update");
  return row;
}

export async function updateWhatsappMessage(
  db: Db,
  id: string,
  patch: { wamid?: string; status?: WhatsappDelivery; statusAt?: Date; lastError?: string | null },
): Promise<void> {
  await db.update(whatsappMessages).set(patch).where(eq(whatsappMessages.id, id));
}

/** A ticket's WhatsApp messages both ways, oldest first (the caller has checked the ticket is theirs to read). */
export function listTicketWhatsappUnscoped(db: Db, ticketId: string): Promise<WhatsappMessageRow[]> {
  return (
    db
      .select()
      .from(whatsappMessages)
      .where(eq(whatsappMessages.ticketId, ticketId))
      // At the same instant the customer's message came first: an answer never precedes what it answers.
      .orderBy(asc(whatsappMessages.createdAt), asc(whatsappMessages.direction), asc(whatsappMessages.id))
  );
}

/** When the customer last wrote on this ticket (the customer-service window runs from it). */
export async function lastInboundAtUnscoped(db: Db, ticketId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | string | null>`max(${whatsappMessages.createdAt})` })
    .from(whatsappMessages)
    .where(and(eq(whatsappMessages.ticketId, ticketId), eq(whatsappMessages.direction, "in")));
  return row?.at ? new Date(row.at) : null;
}

/**
 * The customer and number a ticket's WhatsApp conversation is with: its latest inbound message — with the group it
 * was written in, if any, and its wamid (what an answer in the group quotes).
 */
export async function conversationOfTicketUnscoped(db: Db, ticketId: string) {
  const [row] = await db
    .select({
      waId: whatsappMessages.waId,
      phoneNumberId: whatsappMessages.phoneNumberId,
      groupId: whatsappMessages.groupId,
      wamid: whatsappMessages.wamid,
    })
    .from(whatsappMessages)
    .where(and(eq(whatsappMessages.ticketId, ticketId), eq(whatsappMessages.direction, "in")))
    .orderBy(desc(whatsappMessages.createdAt))
    .limit(1);
  return row;
}

/** A person's latest inbound WhatsApp message: who and which number their conversation is with, and when they wrote. */
export async function latestInboundOfPersonUnscoped(db: Db, personId: string) {
  const [row] = await db
    .select({
      waId: whatsappMessages.waId,
      phoneNumberId: whatsappMessages.phoneNumberId,
      at: whatsappMessages.createdAt,
    })
    .from(whatsappMessages)
    // One-to-one messages only: a message written in a group opens no conversation with the person alone.
    .where(
      and(
        eq(whatsappMessages.personId, personId),
        eq(whatsappMessages.direction, "in"),
        isNull(whatsappMessages.groupId),
      ),
    )
    .orderBy(desc(whatsappMessages.createdAt))
    .limit(1);
  return row;
}

// ── groups ───────────────────────────────────────────────────────────────────────────────────────────────────────

export type WhatsappGroupRow = typeof whatsappGroups.$inferSelect;

/** A group by Meta's id, locked for the update being applied (a missing one is made first by `ensureGroup`). */
export async function lockGroupUnscoped(db: Db, groupId: string): Promise<WhatsappGroupRow | undefined> {
  const [row] = await db.select().from(whatsappGroups).where(eq(whatsappGroups.groupId, groupId)).for("update");
  return row;
}

/** The group row, made (empty, active) on the first news of it: updates can arrive before the group's creation. */
export async function ensureGroup(db: Db, groupId: string, phoneNumberId: string, at: Date): Promise<WhatsappGroupRow> {
  await db
    .insert(whatsappGroups)
    .values({ groupId, phoneNumberId, createdAt: at, updatedAt: at })
    .onConflictDoNothing();
  return (await lockGroupUnscoped(db, groupId))!;
}

export async function updateGroup(
  db: Db,
  groupId: string,
  patch: Partial<Omit<typeof whatsappGroups.$inferInsert, "groupId">>,
): Promise<WhatsappGroupRow | undefined> {
  const [row] = await db.update(whatsappGroups).set(patch).where(eq(whatsappGroups.groupId, groupId)).returning();
  return row;
}

/** Every group the desk's numbers are in, the newest news first (admins). */
export function listGroupsUnscoped(db: Db): Promise<WhatsappGroupRow[]> {
  return db.select().from(whatsappGroups).orderBy(desc(whatsappGroups.updatedAt), asc(whatsappGroups.groupId));
}

/** The member's latest WhatsApp ticket written in this group that is not closed (the one a new message joins). */
export async function latestGroupTicketUnscoped(db: Db, requesterId: string, groupId: string) {
  const [row] = await db
    .select({ id: tickets.id, status: tickets.status, resolvedAt: tickets.resolvedAt })
    .from(tickets)
    .where(
      and(
        eq(tickets.requesterId, requesterId),
        eq(tickets.channel, "whatsapp"),
        sql`${tickets.status} <> 'closed'`,
        sql`exists (select 1 from ${whatsappMessages} m where m.ticket_id = ${tickets.id} and m.group_id = ${groupId} and m.direction = 'in')`,
      ),
    )
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(1);
  return row;
}
