import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import { attachments } from "../ticket.tables.ts";

/** Whether every id names an attachment uploaded to this ticket. */
export async function attachmentsBelongTo(db: Db, ticketId: string, ids: string[]): Promise<boolean> {
  if (ids.length === 0) return true;
  const rows = await db
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(eq(attachments.ticketId, ticketId), inArray(attachments.id, ids)));
  return rows.length === ids.length;
}

export async function insertAttachment(db: Db, row: typeof attachments.$inferInsert) {
  const [created] = await db.insert(attachments).values(row).returning();
  return created!;
}

/** An attachment of a given ticket. Unscoped: callers check the ticket is visible first. */
export async function findAttachmentUnscoped(db: Db, ticketId: string, id: string) {
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.ticketId, ticketId), eq(attachments.id, id)));
  return row;
}

/** Every attachment of a ticket, oldest first. Unscoped: callers check the ticket is visible and filter by the requester-view policy. */
export async function listAttachmentsUnscoped(db: Db, ticketId: string, ids?: readonly string[]) {
  const where = ids
    ? and(eq(attachments.ticketId, ticketId), inArray(attachments.id, [...ids]))
    : eq(attachments.ticketId, ticketId);
  return db.select().from(attachments).where(where).orderBy(asc(attachments.createdAt), asc(attachments.id));
}
