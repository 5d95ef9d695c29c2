import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { people } from "../../identity/identity.tables.ts";
import type { Db } from "../../platform/db/database.ts";
import type { KnowledgeAudience } from "../../shared/enums.ts";
import type { LearningItem } from "../tutorial/learning-items.ts";
import type { Progress } from "./onboarding.ts";
import { onboardingPathItems, onboardingPaths, onboardingProgress } from "./onboarding.tables.ts";

export type PathRow = typeof onboardingPaths.$inferSelect;
export type PathOwner =
  { organizationId: string; audience?: undefined } | { audience: KnowledgeAudience; organizationId?: undefined };

const ownedBy = (owner: PathOwner) =>
  owner.organizationId !== undefined
    ? eq(onboardingPaths.organizationId, owner.organizationId)
    : and(eq(onboardingPaths.audience, owner.audience), isNull(onboardingPaths.organizationId));

export async function findPath(db: Db, owner: PathOwner): Promise<PathRow | undefined> {
  const [row] = await db.select().from(onboardingPaths).where(ownedBy(owner));
  return row;
}

export async function listPathRows(db: Db): Promise<PathRow[]> {
  return db.select().from(onboardingPaths).orderBy(asc(onboardingPaths.title), asc(onboardingPaths.id));
}

/** Creates or rewrites the path of an organization or audience, with its items in order. */
export async function savePath(
  tx: Db,
  owner: PathOwner,
  title: string,
  items: readonly LearningItem[],
  now: Date,
): Promise<PathRow> {
  const existing = await findPath(tx, owner);
  const [path] = existing
    ? await tx
        .update(onboardingPaths)
        .set({ title, updatedAt: now })
        .where(eq(onboardingPaths.id, existing.id))
        .returning()
    : await tx
        .insert(onboardingPaths)
        .values({
          title,
          organizationId: owner.organizationId ?? null,
          audience: owner.audience ?? null,
          updatedAt: now,
        })
        .returning();
  await tx.delete(onboardingPathItems).where(eq(onboardingPathItems.pathId, path!.id));
  if (items.length > 0)
    await tx.insert(onboardingPathItems).values(
      items.map((item, position) => ({
        pathId: path!.id,
        position,
        kind: item.kind,
        tutorialId: item.kind === "tutorial" ? item.id : null,
        articleId: item.kind === "article" ? item.id : null,
      })),
    );
  return path!;
}

export async function pathItems(db: Db, pathId: string): Promise<LearningItem[]> {
  const rows = await db
    .select()
    .from(onboardingPathItems)
    .where(eq(onboardingPathItems.pathId, pathId))
    .orderBy(asc(onboardingPathItems.position));
  return rows.map((r) => ({ kind: r.kind, id: (r.tutorialId ?? r.articleId)! }));
}

/** Progress rows of these people on these items, keyed `${personId}:${kind}:${itemId}`. */
export async function progressOf(
  db: Db,
  personIds: readonly string[],
  items: readonly LearningItem[],
): Promise<Map<string, Progress>> {
  if (personIds.length === 0 || items.length === 0) return new Map();
  const rows = await db
    .select()
    .from(onboardingProgress)
    .where(
      and(
        inArray(onboardingProgress.personId, [...personIds]),
        inArray(
          onboardingProgress.itemId,
          items.map((i) => i.id),
        ),
      ),
    );
  return new Map(rows.map((r) => [`${r.personId}:${r.kind}:${r.itemId}`, r]));
}

/** Locks one person's progress on one item (the row may not exist yet). */
export async function lockProgress(tx: Db, personId: string, item: LearningItem): Promise<Progress | undefined> {
  const [row] = await tx
    .select()
    .from(onboardingProgress)
    .where(
      and(
        eq(onboardingProgress.personId, personId),
        eq(onboardingProgress.kind, item.kind),
        eq(onboardingProgress.itemId, item.id),
      ),
    )
    .for("update");
  return row;
}

export async function saveProgress(tx: Db, personId: string, item: LearningItem, progress: Progress): Promise<void> {
  await tx
    .insert(onboardingProgress)
    .values({ personId, kind: item.kind, itemId: item.id, ...progress })
    .onConflictDoUpdate({
      target: [onboardingProgress.personId, onboardingProgress.kind, onboardingProgress.itemId],
      set: progress,
    });
}

/** The active requesters of an organization, by name: the people an onboarding path is for. */
export async function organizationPeople(db: Db, organizationId: string) {
  return db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.role, "requester"), eq(people.active, true)))
    .orderBy(asc(people.name), asc(people.id));
}
