import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { tutorialError } from "../tutorial/tutorial.errors.ts";
import { authorizeEditLearning } from "../tutorial/tutorial.policy.ts";
import { deletePlaylistRow } from "./playlist.store.ts";

/** Deletes a playlist and its items (staff); the tutorials and articles it listed stay. */
export async function deletePlaylist(deps: Pick<Deps, "db">, actor: Actor, id: string): Promise<void> {
  authorizeEditLearning(actor);
  if (!(await deletePlaylistRow(deps.db, id))) throw tutorialError("PLAYLIST_NOT_FOUND", "params.id");
}
