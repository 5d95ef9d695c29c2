import { and, arrayOverlaps, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { hasScope, isStaff, type Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import type { ContentLanguage } from "../../shared/enums.ts";
import { tutorialCaptions, tutorials } from "./tutorial.tables.ts";

export type TutorialRow = typeof tutorials.$inferSelect;
export type CaptionRow = typeof tutorialCaptions.$inferSelect;

/**
 * The tutorials `actor` may watch, as SQL: the rule of `canWatchTutorial` (tutorial.policy.ts), so lists and
 * search never return what the single read would refuse.
 */
export function watchableBy(actor: Actor | null): SQL | undefined {
  if (actor && isStaff(actor)) return hasScope(actor, "tickets:read") ? undefined : sql`false`;
  if (actor && (actor.role !== "requester" || !hasScope(actor, "tickets:read"))) return sql`false`;
  return and(
    eq(tutorials.status, "published"),
    arrayOverlaps(tutorials.audiences, ["new", "current"]),
    actor ? undefined : eq(tutorials.visibility, "public"),
  );
}

export async function insertTutorial(tx: Db, row: typeof tutorials.$inferInsert): Promise<TutorialRow> {
  const [created] = await tx.insert(tutorials).values(row).returning();
  await refreshTutorialSearchVector(tx, created!.id);
  return created!;
}

/**
 * Rewrites a tutorial's stored search document from its title (A), description (B) and every caption track (C), in
 * its language's configuration (English stems; Urdu, `simple`, matches whole words). Every write of those calls it,
 * in its transaction, so search reads one indexed vector instead of parsing each tutorial per query. Every
 * tutorial's when `id` is omitted (after an import: an older export has no vectors).
 */
export async function refreshTutorialSearchVector(tx: Db, id?: string): Promise<void> {
  const config = sql`(case when ${tutorials.language} = 'ur' then 'simple' else 'english' end)::regconfig`;
  const captions = sql`coalesce((select string_agg(c.cue_text, ' ' order by c.language) from ${tutorialCaptions} c
    where c.tutorial_id = ${tutorials.id}), '')`;
  await tx
    .update(tutorials)
    .set({
      searchVector: sql`setweight(to_tsvector(${config}, ${tutorials.title}), 'A')
        || setweight(to_tsvector(${config}, ${tutorials.description}), 'B')
        || setweight(to_tsvector(${config}, ${captions}), 'C')`,
    })
    .where(id === undefined ? undefined : eq(tutorials.id, id));
}

/** A tutorial by id whatever the caller's rights: callers apply `canWatchTutorial` or `canEditLearning`. */
export async function findTutorialUnscoped(db: Db, id: string): Promise<TutorialRow | undefined> {
  const [row] = await db.select().from(tutorials).where(eq(tutorials.id, id));
  return row;
}

/** A tutorial locked for a change. Unscoped: the caller checked the right to edit. */
export async function lockTutorialUnscoped(tx: Db, id: string): Promise<TutorialRow | undefined> {
  const [row] = await tx.select().from(tutorials).where(eq(tutorials.id, id)).for("update");
  return row;
}

/** Writes a change and bumps the version (the video's ETag changes with it). */
export async function updateTutorialRow(
  tx: Db,
  id: string,
  set: Partial<Omit<TutorialRow, "id" | "version">>,
): Promise<TutorialRow> {
  const [row] = await tx
    .update(tutorials)
    .set({ ...set, version: sql`${tutorials.version} + 1` })
    .where(eq(tutorials.id, id))
    .returning();
  if (set.title !== undefined || set.description !== undefined || set.language !== undefined)
    await refreshTutorialSearchVector(tx, id);
  return row!;
}

/** The tutorials the actor may watch, newest change first, optionally in one language. */
export async function listTutorialRows(
  db: Db,
  actor: Actor | null,
  filter: { language?: ContentLanguage | undefined; limit: number },
): Promise<TutorialRow[]> {
  return db
    .select()
    .from(tutorials)
    .where(and(watchableBy(actor), filter.language ? eq(tutorials.language, filter.language) : undefined))
    .orderBy(desc(tutorials.updatedAt), desc(tutorials.id))
    .limit(filter.limit);
}

/** Of these ids, the tutorials the actor may watch (for playlists and onboarding paths). */
export async function watchableTutorials(db: Db, actor: Actor | null, ids: readonly string[]): Promise<TutorialRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(tutorials)
    .where(and(inArray(tutorials.id, [...ids]), watchableBy(actor)));
}

/** Which of these ids are tutorials at all. */
export async function existingTutorialIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: tutorials.id })
    .from(tutorials)
    .where(inArray(tutorials.id, [...ids]))
    // The lock a foreign key takes: a tutorial found here cannot be deleted before the transaction ends.
    .for("key share");
  return new Set(rows.map((r) => r.id));
}

/** Stores (or replaces) a tutorial's captions in one language. */
export async function saveCaptions(tx: Db, row: CaptionRow): Promise<void> {
  await tx
    .insert(tutorialCaptions)
    .values(row)
    .onConflictDoUpdate({
      target: [tutorialCaptions.tutorialId, tutorialCaptions.language],
      set: { vtt: row.vtt, cueText: row.cueText, updatedAt: row.updatedAt },
    });
  await refreshTutorialSearchVector(tx, row.tutorialId);
}

export async function findCaptions(
  db: Db,
  tutorialId: string,
  language: ContentLanguage,
): Promise<CaptionRow | undefined> {
  const [row] = await db
    .select()
    .from(tutorialCaptions)
    .where(and(eq(tutorialCaptions.tutorialId, tutorialId), eq(tutorialCaptions.language, language)));
  return row;
}

/** The languages a tutorial has captions in. */
export async function captionLanguages(db: Db, tutorialId: string): Promise<ContentLanguage[]> {
  const rows = await db
    .select({ language: tutorialCaptions.language })
    .from(tutorialCaptions)
    .where(eq(tutorialCaptions.tutorialId, tutorialId))
    .orderBy(asc(tutorialCaptions.language));
  return rows.map((r) => r.language);
}

export async function deleteCaptions(tx: Db, tutorialId: string, language: ContentLanguage): Promise<boolean> {
  const deleted = await tx
    .delete(tutorialCaptions)
    .where(and(eq(tutorialCaptions.tutorialId, tutorialId), eq(tutorialCaptions.language, language)))
    .returning({ id: tutorialCaptions.tutorialId });
  if (deleted.length > 0) await refreshTutorialSearchVector(tx, tutorialId);
  return deleted.length > 0;
}
