import { and, asc, desc, eq, not, sql } from "drizzle-orm";
import { supportGroups } from "../../identity/identity.tables.ts";
import type { Db } from "../../platform/db/database.ts";
import { chatChannels } from "./chat.tables.ts";

export type ChatChannelRow = typeof chatChannels.$inferSelect;
export type ChatChannelWrite = Partial<Pick<ChatChannelRow, "key" | "name" | "groupId" | "active" | "isDefault">>;

/** Every chat channel, the default first, then by name (the admin page's list). */
export async function listChatChannelsUnscoped(db: Db): Promise<ChatChannelRow[]> {
  return db.select().from(chatChannels).orderBy(desc(chatChannels.isDefault), asc(chatChannels.name));
}

/** The channel a widget names by its key, or the default one (no key). */
export async function findChatChannelUnscoped(db: Db, key: string | undefined): Promise<ChatChannelRow | undefined> {
  const [row] = await db
    .select()
    .from(chatChannels)
    .where(key === undefined ? eq(chatChannels.isDefault, true) : eq(chatChannels.key, key));
  return row;
}

export async function lockChatChannelUnscoped(tx: Db, id: string): Promise<ChatChannelRow | undefined> {
  const [row] = await tx.select().from(chatChannels).where(eq(chatChannels.id, id)).for("update");
  return row;
}

export async function insertChatChannel(tx: Db, row: typeof chatChannels.$inferInsert): Promise<ChatChannelRow> {
  const [created] = await tx.insert(chatChannels).values(row).returning();
  return created!;
}

export async function updateChatChannelRow(tx: Db, id: string, set: ChatChannelWrite): Promise<ChatChannelRow> {
  const [row] = await tx.update(chatChannels).set(set).where(eq(chatChannels.id, id)).returning();
  return row!;
}

/** Takes the default away from every other channel (before one becomes the default: one default at a time). */
export async function clearOtherDefaults(tx: Db, id: string): Promise<void> {
  await tx
    .update(chatChannels)
    .set({ isDefault: false })
    .where(and(eq(chatChannels.isDefault, true), not(eq(chatChannels.id, id))));
}

/** Whether a support group exists (a channel's queue must be a real one). */
export async function groupExistsUnscoped(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: supportGroups.id }).from(supportGroups).where(eq(supportGroups.id, id));
  return row !== undefined;
}

/**
 * Makes sure a default channel exists: `website` (what chat.js always used) becomes it, created when missing. Two
 * statements that stay right when processes start together: the insert skips any conflict (key or the one-default
 * index), and the update only runs while no channel is the default.
 */
export async function ensureDefaultChatChannel(db: Db, channel: { key: string; name: string }): Promise<void> {
  await db
    .insert(chatChannels)
    .values({ ...channel, isDefault: true })
    .onConflictDoNothing();
  await db.execute(sql`
    update chat_channels set is_default = true, active = true
    where key = ${channel.key} and not exists (select 1 from chat_channels where is_default)`);
}
