import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { visibleLearningItems, type ShownItem } from "../tutorial/learning-items.ts";
import { itemDone, type Progress } from "./onboarding.ts";
import { pathItems, progressOf } from "./onboarding.store.ts";
import { pathFor } from "./path-for.ts";

export type MyOnboarding = {
  path: { id: string; title: string } | null;
  items: Array<ShownItem & { progress: Progress; done: boolean }>;
  /** Every item done (or no path): the portal stops showing the "Getting started" panel. */
  complete: boolean;
};

/** The caller's onboarding path with their progress on each item they may open. */
export async function getMyOnboarding(deps: Pick<Deps, "db">, actor: Actor): Promise<MyOnboarding> {
  const path = await pathFor(deps.db, actor);
  if (!path) return { path: null, items: [], complete: true };
  const items = await visibleLearningItems(deps.db, actor, await pathItems(deps.db, path.id));
  const progress = await progressOf(deps.db, [actor.personId], items);
  const shown = items.map((item) => {
    const p = progress.get(`${actor.personId}:${item.kind}:${item.id}`);
    return {
      ...item,
      progress: { openedAt: p?.openedAt ?? null, watchedAt: p?.watchedAt ?? null, doneAt: p?.doneAt ?? null },
      done: itemDone(item, p),
    };
  });
  return { path: { id: path.id, title: path.title }, items: shown, complete: shown.every((i) => i.done) };
}
