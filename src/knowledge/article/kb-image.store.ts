import { and, eq, sql } from "drizzle-orm";
import type { Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import { articles, kbImages } from "./article.tables.ts";
import { articlesVisibleTo } from "./article.store.ts";

export type KbImageRow = typeof kbImages.$inferSelect;

/** Where an image is served from; article bodies embed it by this address. */
export const KB_IMAGE_PATH = "/api/v1/public/kb/images/";

// Spelt out with its table: in a select list Drizzle writes bare column names, and a bare "id" inside the subquery
// would be the article's.
const imageId = sql`${sql.identifier("kb_images")}.${sql.identifier("id")}`;

/** Whether some article the condition admits embeds the image (its address in the body). */
const embeddedInArticle = (visible: ReturnType<typeof articlesVisibleTo>) =>
  sql<boolean>`exists (select 1 from ${articles} where strpos(${articles.body}, ${KB_IMAGE_PATH} || ${imageId}::text) > 0 and ${visible ?? sql`true`})`;

/**
 * An image, if `actor` may see it: the read rule of the articles embedding it (articlesVisibleTo) — one readable
 * article embedding it is enough; staff, who read every article and its history, see every image. `public` says
 * whether anybody (no sign-in) may see it, which decides how it may be cached.
 */
export async function findKbImageFor(
  db: Db,
  actor: Actor | null,
  id: string,
): Promise<(KbImageRow & { public: boolean }) | undefined> {
  const visible = articlesVisibleTo(actor);
  const [row] = await db
    .select({ image: kbImages, public: embeddedInArticle(articlesVisibleTo(null)) })
    .from(kbImages)
    .where(and(eq(kbImages.id, id), visible === undefined ? undefined : embeddedInArticle(visible)));
  return row && { ...row.image, public: row.public };
}

/** An image by id, whoever asks: for the export, which writes every article out with its images. */
export async function findKbImageUnscoped(db: Db, id: string): Promise<KbImageRow | undefined> {
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
