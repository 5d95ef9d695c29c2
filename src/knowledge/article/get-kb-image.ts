import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { articleError } from "./article.errors.ts";
import { findKbImageFor } from "./kb-image.store.ts";

/**
 * An image articles show, with its bytes from attachment storage, under the read rule of the articles embedding it:
 * an image of a public article to anyone, of a signed-in or staff-only one (or a draft) only to those who may read
 * that article. Anyone else gets not found, as for the article itself, whatever id they hold.
 */
export async function getKbImage(deps: Pick<Deps, "db" | "storage">, actor: Actor | null, id: string) {
  const row = await findKbImageFor(deps.db, actor, id);
  if (!row) throw articleError("KB_IMAGE_NOT_FOUND", "params.id");
  return { contentType: row.contentType, public: row.public, bytes: await deps.storage.get(row.storageKey) };
}
