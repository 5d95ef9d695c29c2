import { fileTypeFromBuffer } from "file-type";
import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { POSTER_TYPES } from "./tutorial.ts";
import { tutorialError } from "./tutorial.errors.ts";
import { authorizeEditLearning } from "./tutorial.policy.ts";
import { lockTutorialUnscoped, updateTutorialRow, type TutorialRow } from "./tutorial.store.ts";

/** Sets a tutorial's poster image; the bytes must be a PNG, JPEG, WebP or GIF, whatever the file claims. */
export async function setTutorialPoster(
  deps: Pick<Deps, "db" | "clock" | "storage">,
  actor: Actor,
  id: string,
  bytes: Buffer,
): Promise<TutorialRow> {
  authorizeEditLearning(actor);
  const type = (await fileTypeFromBuffer(bytes))?.mime;
  if (!type || !POSTER_TYPES.has(type))
    throw tutorialError("POSTER_TYPE_REFUSED", "body.file", type ?? "unknown content");
  const stored = await deps.storage.put(bytes);
  let previousKey: string | null = null;
  try {
    const updated = await deps.db.transaction(async (tx) => {
      const current = await lockTutorialUnscoped(tx, id);
      if (!current) throw tutorialError("TUTORIAL_NOT_FOUND", "params.id");
      previousKey = current.posterStorageKey;
      return updateTutorialRow(tx, id, {
        posterStorageKey: stored.key,
        posterContentType: type,
        updatedAt: deps.clock.now(),
      });
    });
    if (previousKey) await deps.storage.delete(previousKey);
    return updated;
  } catch (error) {
    await deps.storage.delete(stored.key);
    throw error;
  }
}
