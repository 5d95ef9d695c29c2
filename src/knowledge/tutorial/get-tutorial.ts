import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { tutorialError } from "./tutorial.errors.ts";
import { canWatchTutorial } from "./tutorial.policy.ts";
import { captionLanguages, findTutorialUnscoped, type TutorialRow } from "./tutorial.store.ts";

/** A tutorial the caller may watch (null: nobody signed in), with its caption languages; else not found. */
export async function getTutorial(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  id: string,
): Promise<{ tutorial: TutorialRow; captions: Awaited<ReturnType<typeof captionLanguages>> }> {
  const tutorial = await findTutorialUnscoped(deps.db, id);
  if (!tutorial || !canWatchTutorial(actor, tutorial)) throw tutorialError("TUTORIAL_NOT_FOUND", "params.id");
  return { tutorial, captions: await captionLanguages(deps.db, id) };
}
