import type { Deps } from "../../context.ts";
import { SYSTEM_ACTOR } from "../../identity/actor.ts";
import { articleFileName, formatArticleFile } from "./article-file.ts";
import { findArticles } from "./article.store.ts";
import { findKbImageUnscoped } from "./kb-image.store.ts";

const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
};
const IMAGE_LINK = /\/api\/v1\/public\/kb\/images\/([0-9a-f-]{36})/g;

export type ExportedFile = { path: string; bytes: Buffer };

/**
 * Every article (drafts included) as the files `frontline kb import` reads: `<key>.md`, `<key>.ur.md`, and their
 * images under `images/`, the links pointing at those files again.
 */
export async function exportArticles(deps: Pick<Deps, "db" | "storage">): Promise<ExportedFile[]> {
  const files: ExportedFile[] = [];
  const written = new Map<string, string>();
  for (const a of await findArticles(deps.db, SYSTEM_ACTOR, { limit: 1_000_000 })) {
    let body = a.body;
    for (const [, id] of a.body.matchAll(IMAGE_LINK)) {
      if (!written.has(id!)) {
        const image = await findKbImageUnscoped(deps.db, id!);
        if (!image) continue;
        const path = `images/${id}.${EXTENSIONS[image.contentType] ?? "bin"}`;
        files.push({ path, bytes: await deps.storage.get(image.storageKey) });
        written.set(id!, path);
      }
      body = body.replaceAll(`/api/v1/public/kb/images/${id}`, written.get(id!)!);
    }
    const text = formatArticleFile({ ...a, category: a.categoryName, body });
    files.push({ path: articleFileName(a.key, a.language), bytes: Buffer.from(text, "utf8") });
  }
  return files;
}
