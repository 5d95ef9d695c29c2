import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { checkedTutorialFields, type TutorialInput } from "./create-tutorial.ts";
import { tutorialError } from "./tutorial.errors.ts";
import { authorizeEditLearning } from "./tutorial.policy.ts";
import { lockTutorialUnscoped, updateTutorialRow, type TutorialRow } from "./tutorial.store.ts";

/** Rewrites a tutorial's text, audiences, visibility, status, link and chapters, if nobody changed it meanwhile. */
export async function updateTutorial(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: TutorialInput & { version: number },
): Promise<TutorialRow> {
  authorizeEditLearning(actor);
  const checked = checkedTutorialFields(input);
  return deps.db.transaction(async (tx) => {
    const current = await lockTutorialUnscoped(tx, id);
    if (!current) throw tutorialError("TUTORIAL_NOT_FOUND", "params.id");
    if (current.version !== input.version) throw tutorialError("VERSION_CONFLICT", "body.version");
    const { version: _, ...fields } = input;
    return updateTutorialRow(tx, id, { ...fields, ...checked, updatedAt: deps.clock.now() });
  });
}
