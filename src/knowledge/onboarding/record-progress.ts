import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import type { LearningItem } from "../tutorial/learning-items.ts";
import { applyProgressEvent, type ProgressEvent } from "./onboarding.ts";
import { lockProgress, pathItems, saveProgress } from "./onboarding.store.ts";
import { pathFor } from "./path-for.ts";

/**
 * Records what the caller did with an item of their onboarding path (opened it, watched it to the end, marked it
 * done). Items outside their path are not tracked: the answer says whether anything was recorded.
 */
export async function recordProgress(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  item: LearningItem,
  event: ProgressEvent,
): Promise<{ recorded: boolean }> {
  const path = await pathFor(deps.db, actor);
  if (!path) return { recorded: false };
  const items = await pathItems(deps.db, path.id);
  if (!items.some((i) => i.kind === item.kind && i.id === item.id)) return { recorded: false };
  await deps.db.transaction(async (tx) => {
    const current = await lockProgress(tx, actor.personId, item);
    await saveProgress(tx, actor.personId, item, applyProgressEvent(current, event, deps.clock.now()));
  });
  return { recorded: true };
}
