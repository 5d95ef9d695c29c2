import { eq } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import { kbImages } from "./article.tables.ts";

export type KbImageRow = typeof kbImages.$inferSelect;

export async function findKbImage(db: Db, id: string): Promise<KbImageRow | undefined> {
  const [row] = await db.select().from(kbImages).where(eq(kbImages.id, id));
  return row;
}

export async function findKbImageBySha(db: Db, sha256: string): Promise<KbImageRow | undefined> {
  const [row] = await db.select().from(kbImages).where(eq(kbImages.sha256, sha256));
  return row;
}

/** Stores an image's row once per content: a concurrent import of the same bytes gets the row already there. */
export async function insertKbImageRow(tx: Db, row: typeof kbImages.$inferInsert): Promise<KbImageRow> {
  const [created] = await tx.insert(kbImages).values(row).onConflictDoNothing({ target: kbImages.sha256 }).returning();
  return created ?? (await findKbImageBySha(tx, row.sha256))!;
}
