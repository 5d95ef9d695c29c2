import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { visibleLearningItems, type ShownItem } from "../tutorial/learning-items.ts";
import { authorizeEditLearning } from "../tutorial/tutorial.policy.ts";
import { listPathRows, pathItems, type PathRow } from "./onboarding.store.ts";

/** Every onboarding path with its items, for the staff who edit them. */
export async function listOnboardingPaths(
  deps: Pick<Deps, "db">,
  actor: Actor,
): Promise<Array<{ path: PathRow; items: ShownItem[] }>> {
  authorizeEditLearning(actor);
  const paths = await listPathRows(deps.db);
  return Promise.all(
    paths.map(async (path) => ({
      path,
      items: await visibleLearningItems(deps.db, actor, await pathItems(deps.db, path.id)),
    })),
  );
}
