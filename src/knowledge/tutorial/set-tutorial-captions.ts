import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import type { ContentLanguage } from "../../shared/enums.ts";
import { tutorialError } from "./tutorial.errors.ts";
import { authorizeEditLearning } from "./tutorial.policy.ts";
import { lockTutorialUnscoped, saveCaptions, updateTutorialRow } from "./tutorial.store.ts";
import { captionText, parseWebVtt, writeWebVtt } from "./webvtt.ts";

/**
 * Stores a tutorial's captions in one language, rebuilt from the parsed cues (markup and scripts dropped); a file
 * that is not WebVTT is refused with the reason, and the captions stored before stay as they were.
 */
export async function setTutorialCaptions(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  language: ContentLanguage,
  source: string,
): Promise<{ cues: number }> {
  authorizeEditLearning(actor);
  const parsed = parseWebVtt(source);
  if (!parsed.ok) throw tutorialError("CAPTIONS_INVALID", "body", parsed.reason);
  return deps.db.transaction(async (tx) => {
    if (!(await lockTutorialUnscoped(tx, id))) throw tutorialError("TUTORIAL_NOT_FOUND", "params.id");
    const now = deps.clock.now();
    await saveCaptions(tx, {
      tutorialId: id,
      language,
      vtt: writeWebVtt(parsed.cues),
      cueText: captionText(parsed.cues),
      updatedAt: now,
    });
    await updateTutorialRow(tx, id, { updatedAt: now });
    return { cues: parsed.cues.length };
  });
}
