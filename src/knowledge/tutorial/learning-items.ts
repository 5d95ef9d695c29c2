import { z } from "zod";
import type { Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import { existingArticleIdsUnscoped, readableArticleTitles } from "../article/article.store.ts";
import { tutorialError } from "./tutorial.errors.ts";
import { existingTutorialIds, watchableTutorials } from "./tutorial.store.ts";

/** A step of a playlist or onboarding path: a tutorial, or an article (issue 13's articles, by id). */
export const LearningItem = z.strictObject({
  kind: z.enum(["tutorial", "article"]),
  id: z.uuid(),
});
export type LearningItem = z.infer<typeof LearningItem>;

export const LEARNING_ITEMS_MAX = 100;

/** What a reader sees of a step: the tutorial's or article's title. */
export type ShownItem = LearningItem & { title: string | null };

const idsOf = (items: readonly LearningItem[], kind: LearningItem["kind"]) =>
  items.filter((i) => i.kind === kind).map((i) => i.id);

/**
 * Refuses a list naming a tutorial or an article that does not exist (field `body.items.N.id`), before the foreign
 * keys would. Drafts may be named: a list is written before everything in it is published. Run in the transaction
 * that writes the list: the items found are locked as the foreign keys would lock them (key share), so one deleted
 * meanwhile is either seen missing here (422) or waits for this write to end, never a foreign key fault (500).
 */
export async function checkLearningItems(tx: Db, items: readonly LearningItem[]): Promise<void> {
  const tutorials = await existingTutorialIds(tx, idsOf(items, "tutorial"));
  const articles = await existingArticleIdsUnscoped(tx, idsOf(items, "article"));
  const missing = items.findIndex((i) => !(i.kind === "tutorial" ? tutorials : articles).has(i.id));
  if (missing >= 0) throw tutorialError("ITEM_NOT_FOUND", `body.items.${missing}.id`);
}

/**
 * The steps `actor` may open, in order, each with its title: tutorials they may not watch and articles they may not
 * read (drafts — an article taken back to draft too —, staff-only, signed-in only) are left out.
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
  const articleTitles = await readableArticleTitles(db, actor, idsOf(items, "article"));
  return items.flatMap((item): ShownItem[] => {
    const title = (item.kind === "tutorial" ? titles : articleTitles).get(item.id);
    return title === undefined ? [] : [{ ...item, title }];
  });
}
