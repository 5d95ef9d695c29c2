import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { visibleLearningItems, type ShownItem } from "../tutorial/learning-items.ts";
import { tutorialError } from "../tutorial/tutorial.errors.ts";
import { canSeeProgressOf } from "../tutorial/tutorial.policy.ts";
import { itemDone } from "./onboarding.ts";
import { organizationPeople, pathItems, progressOf } from "./onboarding.store.ts";
import { pathFor } from "./path-for.ts";

export type ProgressTable = {
  path: { id: string; title: string } | null;
  items: ShownItem[];
  /** One row per person: for each item (in the order of `items`), whether they are done with it. */
  people: Array<{ id: string; name: string; done: boolean[]; doneCount: number }>;
};

/**
 * An organization's people × the items of their onboarding path, done or not: for staff managers and admins, and
 * for a requester who manages that organization. Anyone else is told the path is not found.
 */
export async function getOnboardingProgress(
  deps: Pick<Deps, "db">,
  actor: Actor,
  organizationId: string,
): Promise<ProgressTable> {
  if (!canSeeProgressOf(actor, organizationId))
    throw tutorialError("ONBOARDING_PATH_NOT_FOUND", "query.organizationId");
  const path = await pathFor(deps.db, { role: "requester", organizationId });
  const everyone = await organizationPeople(deps.db, organizationId);
  if (!path) return { path: null, items: [], people: everyone.map((p) => ({ ...p, done: [], doneCount: 0 })) };
  // The items as the organization's people see them: a tutorial they cannot watch is not theirs to finish.
  const reader = { ...actor, role: "requester" as const, organizationId };
  const items = await visibleLearningItems(deps.db, reader, await pathItems(deps.db, path.id));
  const progress = await progressOf(
    deps.db,
    everyone.map((p) => p.id),
    items,
  );
  const rows = everyone.map((person) => {
    const done = items.map((item) => itemDone(item, progress.get(`${person.id}:${item.kind}:${item.id}`)));
    return { ...person, done, doneCount: done.filter(Boolean).length };
  });
  return { path: { id: path.id, title: path.title }, items, people: rows };
}
