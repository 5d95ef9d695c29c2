import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import type { LearningItem } from "../tutorial/learning-items.ts";
import { playlistItems, playlists } from "./playlist.tables.ts";

export type PlaylistRow = typeof playlists.$inferSelect;

export async function insertPlaylist(tx: Db, row: typeof playlists.$inferInsert): Promise<PlaylistRow> {
  const [created] = await tx.insert(playlists).values(row).returning();
  return created!;
}

/** A playlist by id. Unscoped: playlists themselves are open to everyone; their items are filtered per reader. */
export async function findPlaylistUnscoped(db: Db, id: string): Promise<PlaylistRow | undefined> {
  const [row] = await db.select().from(playlists).where(eq(playlists.id, id));
  return row;
}

export async function listPlaylistRows(db: Db, limit: number): Promise<PlaylistRow[]> {
  return db.select().from(playlists).orderBy(desc(playlists.updatedAt), desc(playlists.id)).limit(limit);
}

export async function updatePlaylistRow(
  tx: Db,
  id: string,
  set: Pick<PlaylistRow, "title" | "description" | "updatedAt">,
): Promise<PlaylistRow | undefined> {
  const [row] = await tx.update(playlists).set(set).where(eq(playlists.id, id)).returning();
  return row;
}

export async function deletePlaylistRow(tx: Db, id: string): Promise<boolean> {
  return (await tx.delete(playlists).where(eq(playlists.id, id)).returning({ id: playlists.id })).length > 0;
}

/** Replaces a playlist's items with these, in this order. */
export async function replacePlaylistItems(tx: Db, playlistId: string, items: readonly LearningItem[]): Promise<void> {
  await tx.delete(playlistItems).where(eq(playlistItems.playlistId, playlistId));
  if (items.length === 0) return;
  await tx.insert(playlistItems).values(
    items.map((item, position) => ({
      playlistId,
      position,
      kind: item.kind,
      tutorialId: item.kind === "tutorial" ? item.id : null,
      articleId: item.kind === "article" ? item.id : null,
    })),
  );
}

export async function playlistItemsOf(db: Db, playlistId: string): Promise<LearningItem[]> {
  const rows = await db
    .select()
    .from(playlistItems)
    .where(eq(playlistItems.playlistId, playlistId))
    .orderBy(asc(playlistItems.position));
  return rows.map((r) => ({ kind: r.kind, id: (r.tutorialId ?? r.articleId)! }));
}
