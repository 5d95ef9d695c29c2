import { randomBytes } from "node:crypto";
import { and, asc, eq, gt, inArray, isNull, or, sql } from "drizzle-orm";
import { groupMembers, people, settings, supportGroups } from "../../identity/identity.tables.ts";
import type { Db } from "../../platform/db/database.ts";
import { tickets } from "../../tickets/ticket.tables.ts";
import { chatMessages, chatSessions, type ChatState } from "./chat.tables.ts";

export type ChatRow = typeof chatSessions.$inferSelect;
export type ChatMessageRow = typeof chatMessages.$inferSelect;

export async function insertChat(tx: Db, row: typeof chatSessions.$inferInsert): Promise<ChatRow> {
  const [created] = await tx.insert(chatSessions).values(row).returning();
  return created!;
}

/** A chat by id. Unscoped: callers prove a right to it first (a signed chat token, or the chat policy). */
export async function findChatUnscoped(db: Db, id: string): Promise<ChatRow | undefined> {
  const [row] = await db.select().from(chatSessions).where(eq(chatSessions.id, id));
  return row;
}

/**
 * The chat locked for a change or a new message. Every message insert takes this lock first, so message ids of one
 * chat commit in the order they were drawn and a stream that resumes after id N never skips one committed later.
 */
export async function lockChatUnscoped(tx: Db, id: string): Promise<ChatRow | undefined> {
  const [row] = await tx.select().from(chatSessions).where(eq(chatSessions.id, id)).for("update");
  return row;
}

export async function updateChat(
  tx: Db,
  id: string,
  set: Partial<Pick<ChatRow, "state" | "agentId" | "groupId" | "acceptedAt" | "endedAt">>,
): Promise<ChatRow> {
  const [row] = await tx.update(chatSessions).set(set).where(eq(chatSessions.id, id)).returning();
  return row!;
}

export async function insertChatMessage(tx: Db, row: typeof chatMessages.$inferInsert): Promise<ChatMessageRow> {
  const [created] = await tx.insert(chatMessages).values(row).returning();
  return created!;
}

/** A chat's messages after a server id, oldest first. Unscoped: the caller holds the chat. */
export async function listChatMessagesUnscoped(
  db: Db,
  chatId: string,
  afterId: number,
  limit: number,
): Promise<ChatMessageRow[]> {
  return db
    .select()
    .from(chatMessages)
    .where(and(eq(chatMessages.sessionId, chatId), gt(chatMessages.id, afterId)))
    .orderBy(asc(chatMessages.id))
    .limit(limit);
}

/** Whether a message of this chat carries the attachment (the only files a chat token may fetch). */
export async function chatCarriesAttachmentUnscoped(db: Db, chatId: string, attachmentId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: chatMessages.id })
    .from(chatMessages)
    .where(
      and(
        eq(chatMessages.sessionId, chatId),
        sql`${chatMessages.attachments} @> ${JSON.stringify([{ id: attachmentId }])}::jsonb`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export type QueueRow = ChatRow & { ticketNumber: number; agentName: string | null; lastMessageAt: Date | null };

/**
 * The open chats an agent's console lists: waiting ones of the given groups (all groups: `groupIds` null) or of no
 * group, and every active one the agent holds.
 */
export async function listOpenChats(db: Db, agentId: string, groupIds: readonly string[] | null): Promise<QueueRow[]> {
  const waitingHere =
    groupIds === null
      ? eq(chatSessions.state, "waiting" satisfies ChatState)
      : and(
          eq(chatSessions.state, "waiting" satisfies ChatState),
          groupIds.length > 0
            ? or(isNull(chatSessions.groupId), inArray(chatSessions.groupId, [...groupIds]))
            : isNull(chatSessions.groupId),
        );
  const mine = and(eq(chatSessions.state, "active" satisfies ChatState), eq(chatSessions.agentId, agentId));
  return db
    .select({
      id: chatSessions.id,
      channelKey: chatSessions.channelKey,
      visitorName: chatSessions.visitorName,
      visitorEmail: chatSessions.visitorEmail,
      personId: chatSessions.personId,
      signedIn: chatSessions.signedIn,
      state: chatSessions.state,
      agentId: chatSessions.agentId,
      groupId: chatSessions.groupId,
      ticketId: chatSessions.ticketId,
      createdAt: chatSessions.createdAt,
      acceptedAt: chatSessions.acceptedAt,
      endedAt: chatSessions.endedAt,
      ticketNumber: tickets.number,
      agentName: people.name,
      lastMessageAt:
        sql<Date | null>`(select max(m.created_at) from ${chatMessages} m where m.session_id = ${chatSessions.id})`.mapWith(
          (v: string | Date | null) => (v === null ? null : new Date(v)),
        ),
    })
    .from(chatSessions)
    .innerJoin(tickets, eq(tickets.id, chatSessions.ticketId))
    .leftJoin(people, eq(people.id, chatSessions.agentId))
    .where(or(waitingHere, mine))
    .orderBy(asc(chatSessions.createdAt))
    .limit(200);
}

/** An active staff member by id (a transfer's target), with their groups. */
export async function findActiveStaffUnscoped(db: Db, id: string) {
  const [row] = await db
    .select({ id: people.id, name: people.name, role: people.role })
    .from(people)
    .where(and(eq(people.id, id), eq(people.active, true), inArray(people.role, ["agent", "manager", "admin"])));
  return row;
}

/** The groups a person belongs to, first-line first (lowest tier, then name): where a chat they take is kept. */
export async function groupsOfUnscoped(db: Db, personId: string): Promise<string[]> {
  const rows = await db
    .select({ id: supportGroups.id })
    .from(groupMembers)
    .innerJoin(supportGroups, eq(supportGroups.id, groupMembers.groupId))
    .where(eq(groupMembers.personId, personId))
    .orderBy(asc(supportGroups.tier), asc(supportGroups.name));
  return rows.map((r) => r.id);
}

const KEY = "chat_token_key";

/** The key that signs visitors' chat tokens, made once per workspace and shared by every process through the database. */
export async function chatTokenKey(db: Db): Promise<string> {
  await db
    .insert(settings)
    .values({ key: KEY, value: { secret: randomBytes(32).toString("base64url") } })
    .onConflictDoNothing();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY));
  return (row!.value as { secret: string }).secret;
}
