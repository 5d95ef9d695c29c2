import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { checkLearningItems, type LearningItem } from "../tutorial/learning-items.ts";
import { tutorialError } from "../tutorial/tutorial.errors.ts";
import { authorizeEditLearning } from "../tutorial/tutorial.policy.ts";
import { insertPlaylist, replacePlaylistItems, updatePlaylistRow, type PlaylistRow } from "./playlist.store.ts";

export type PlaylistInput = { title: string; description: string; items: LearningItem[] };

/** Creates a playlist (staff), its items in the order given; every tutorial named must exist. */
export async function createPlaylist(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: PlaylistInput,
): Promise<PlaylistRow> {
  authorizeEditLearning(actor);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await checkLearningItems(tx, input.items);
    const created = await insertPlaylist(tx, {
      title: input.title,
      description: input.description,
      ownerId: actor.personId,
      createdAt: now,
      updatedAt: now,
    });
    await replacePlaylistItems(tx, created.id, input.items);
    return created;
  });
}

/** Rewrites a playlist (staff): title, description and the whole list of items, in order. */
export async function updatePlaylist(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: PlaylistInput,
): Promise<PlaylistRow> {
  authorizeEditLearning(actor);
  return deps.db.transaction(async (tx) => {
    await checkLearningItems(tx, input.items);
    const { items, ...fields } = input;
    const updated = await updatePlaylistRow(tx, id, { ...fields, updatedAt: deps.clock.now() });
    if (!updated) throw tutorialError("PLAYLIST_NOT_FOUND", "params.id");
    await replacePlaylistItems(tx, id, items);
    return updated;
  });
}
