import type { Deps } from "../../context.ts";
import { articleError } from "./article.errors.ts";
import { findKbImage } from "./kb-image.store.ts";

/** An image articles show, with its bytes from attachment storage. */
export async function getKbImage(deps: Pick<Deps, "db" | "storage">, id: string) {
  const row = await findKbImage(deps.db, id);
  if (!row) throw articleError("KB_IMAGE_NOT_FOUND", "params.id");
  return { contentType: row.contentType, bytes: await deps.storage.get(row.storageKey) };
}
