import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { visibleLearningItems, type ShownItem } from "../tutorial/learning-items.ts";
import { tutorialError } from "../tutorial/tutorial.errors.ts";
import { findPlaylistUnscoped, listPlaylistRows, playlistItemsOf, type PlaylistRow } from "./playlist.store.ts";

/** Playlists, newest change first; open to everyone (what each one lists is filtered when it is opened). */
export function listPlaylists(deps: Pick<Deps, "readDb">, limit: number): Promise<PlaylistRow[]> {
  return listPlaylistRows(deps.readDb, limit);
}

/** A playlist with the items the caller may open, in order. */
export async function getPlaylist(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  id: string,
): Promise<{ playlist: PlaylistRow; items: ShownItem[] }> {
  const playlist = await findPlaylistUnscoped(deps.db, id);
  if (!playlist) throw tutorialError("PLAYLIST_NOT_FOUND", "params.id");
  return { playlist, items: await visibleLearningItems(deps.db, actor, await playlistItemsOf(deps.db, id)) };
}
