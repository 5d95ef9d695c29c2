import { z } from "zod";
import type { Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import { tutorialError } from "./tutorial.errors.ts";
import { existingTutorialIds, watchableTutorials } from "./tutorial.store.ts";

/** A step of a playlist or onboarding path: a tutorial, or an article (issue 13's articles, by id). */
export const LearningItem = z.strictObject({
  kind: z.enum(["tutorial", "article"]),
  id: z.uuid(),
});
export type LearningItem = z.infer<typeof LearningItem>;

export const LEARNING_ITEMS_MAX = 100;

/** What a reader sees of a step: a tutorial's title (articles are titled by the article pages). */
export type ShownItem = LearningItem & { title: string | null };

/** Refuses a list naming a tutorial that does not exist (field `body.items.N.id`). */
export async function checkLearningItems(db: Db, items: readonly LearningItem[]): Promise<void> {
  const tutorialIds = items.filter((i) => i.kind === "tutorial").map((i) => i.id);
  const existing = await existingTutorialIds(db, tutorialIds);
  const missing = items.findIndex((i) => i.kind === "tutorial" && !existing.has(i.id));
  if (missing >= 0) throw tutorialError("ITEM_NOT_FOUND", `body.items.${missing}.id`);
}

/**
 * The steps `actor` may open, in order: tutorials they may not watch (drafts, staff-only, signed-in only) are left
 * out. Articles are passed on by id; their pages apply the articles' own rules.
 */
export async function visibleLearningItems(
  db: Db,
  actor: Actor | null,
  items: readonly LearningItem[],
): Promise<ShownItem[]> {
  const watchable = await watchableTutorials(
    db,
    actor,
    items.filter((i) => i.kind === "tutorial").map((i) => i.id),
  );
  const titles = new Map(watchable.map((t) => [t.id, t.title]));
  return items.flatMap((item): ShownItem[] => {
    if (item.kind === "article") return [{ ...item, title: null }];
    const title = titles.get(item.id);
    return title === undefined ? [] : [{ ...item, title }];
  });
}
