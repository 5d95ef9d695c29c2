import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/database.ts";
import { articles, kbCategories } from "../article/article.tables.ts";

export type KbCategoryRow = typeof kbCategories.$inferSelect;

/** Every knowledge base category by name, with how many articles it holds (categories are shelves, readable by all). */
export async function findKbCategories(db: Db): Promise<Array<KbCategoryRow & { articleCount: number }>> {
  return db
    .select({
      id: kbCategories.id,
      name: kbCategories.name,
      nameUr: kbCategories.nameUr,
      createdAt: kbCategories.createdAt,
      articleCount: sql<number>`(select count(*)::int from ${articles} where ${articles.categoryId} = ${kbCategories.id})`,
    })
    .from(kbCategories)
    .orderBy(sql`lower(${kbCategories.name})`, asc(kbCategories.id));
}

export async function findKbCategory(db: Db, id: string): Promise<KbCategoryRow | undefined> {
  const [row] = await db.select().from(kbCategories).where(eq(kbCategories.id, id));
  return row;
}

/** The category with this name in any case (the import finds its categories by name). */
export async function findKbCategoryByName(db: Db, name: string): Promise<KbCategoryRow | undefined> {
  const [row] = await db
    .select()
    .from(kbCategories)
    .where(sql`lower(${kbCategories.name}) = lower(${name})`);
  return row;
}

export async function lockKbCategory(tx: Db, id: string): Promise<KbCategoryRow | undefined> {
  const [row] = await tx.select().from(kbCategories).where(eq(kbCategories.id, id)).for("update");
  return row;
}

export async function insertKbCategoryRow(tx: Db, row: typeof kbCategories.$inferInsert): Promise<KbCategoryRow> {
  const [created] = await tx.insert(kbCategories).values(row).returning();
  return created!;
}

export async function updateKbCategoryRow(
  tx: Db,
  id: string,
  patch: Partial<typeof kbCategories.$inferInsert>,
): Promise<KbCategoryRow> {
  const [row] = await tx.update(kbCategories).set(patch).where(eq(kbCategories.id, id)).returning();
  return row!;
}
