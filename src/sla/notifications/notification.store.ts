import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import { notifications } from "../sla.tables.ts";

export type NotificationRow = typeof notifications.$inferSelect;

/** A person's notifications, unread first, then newest first. */
export async function findNotifications(db: Db, personId: string, limit: number): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.personId, personId))
    .orderBy(sql`(${notifications.readAt} is null) desc`, desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

/** How many of a person's notifications are unread. */
export async function countUnread(db: Db, personId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.personId, personId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks every unread notification of the person read; returns how many it marked. */
export async function markAllNotificationsRead(db: Db, personId: string, at: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.personId, personId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/** Marks one of the person's notifications read (the first time only); undefined when it is not theirs. */
export async function markNotificationRead(
  db: Db,
  personId: string,
  id: string,
  at: Date,
): Promise<NotificationRow | undefined> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.personId, personId)))
    .returning();
  return row;
}
