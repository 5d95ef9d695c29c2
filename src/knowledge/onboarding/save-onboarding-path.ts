import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { checkLearningItems, type LearningItem } from "../tutorial/learning-items.ts";
import { tutorialError } from "../tutorial/tutorial.errors.ts";
import { authorizeEditLearning } from "../tutorial/tutorial.policy.ts";
import { savePath, type PathOwner, type PathRow } from "./onboarding.store.ts";

/** Creates or rewrites the onboarding path of one organization or one audience (staff), its items in order. */
export async function saveOnboardingPath(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: {
    organizationId?: string | undefined;
    audience?: PathOwner["audience"];
    title: string;
    items: LearningItem[];
  },
): Promise<PathRow> {
  authorizeEditLearning(actor);
  if ((input.organizationId === undefined) === (input.audience === undefined))
    throw tutorialError("ONBOARDING_PATH_OWNER", "body.organizationId");
  const owner: PathOwner =
    input.organizationId !== undefined ? { organizationId: input.organizationId } : { audience: input.audience! };
  return deps.db.transaction(async (tx) => {
    await checkLearningItems(tx, input.items);
    return savePath(tx, owner, input.title, input.items, deps.clock.now());
  });
}
