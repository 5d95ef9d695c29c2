import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { Deps } from "../../context.ts";
import { SYSTEM_ACTOR } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import { insertKbCategory } from "../category/create-kb-category.ts";
import { findKbCategoryByName } from "../category/kb-category.store.ts";
import { localImagePaths, rewriteImageLinks, type ArticleFile } from "./article-file.ts";
import { normaliseAudiences, normaliseTags } from "./article-content.ts";
import { lockArticleByKeyUnscoped } from "./article.store.ts";
import { insertArticle } from "./create-article.ts";
import { findKbImageBySha, insertKbImageRow, KB_IMAGE_PATH } from "./kb-image.store.ts";
import { saveArticleVersion } from "./save-article-version.ts";

/** The image types an article may show (sniffed from the bytes, never taken from the file name). */
const IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);

/** Where an imported image is served from. */
export function kbImageUrl(id: string): string {
  return `${KB_IMAGE_PATH}${id}`;
}

export type ImportOutcome = "created" | "updated" | "unchanged";

/** One file's images, read by the caller relative to the file: null when the path is missing. */
export type ReadImage = (relativePath: string) => Promise<Buffer | null>;

/** Checks an article file's images before anything is stored; throws naming the file and the image. */
export async function loadImages(fileName: string, article: ArticleFile, read: ReadImage, maxBytes: number) {
  const images = new Map<string, { bytes: Buffer; mime: string }>();
  for (const path of localImagePaths(article.body)) {
    const bytes = await read(path);
    if (!bytes) throw new Error(`${fileName}: image ${path} not found`);
    if (bytes.length === 0 || bytes.length > maxBytes)
      throw new Error(`${fileName}: image ${path} is empty or larger than ATTACHMENT_MAX_BYTES (${maxBytes} bytes)`);
    const type = await fileTypeFromBuffer(bytes);
    if (!type || !IMAGE_TYPES.has(type.mime))
      throw new Error(`${fileName}: ${path} is not a PNG, JPEG, GIF or WebP image`);
    images.set(path, { bytes, mime: type.mime });
  }
  return images;
}

/**
 * Imports one article file as the system, in the caller's transaction: its category is created when new, its
 * images go to attachment storage (once per content) and its links are rewritten to them; an article with the
 * same key and language gets a new version (none when nothing changed), never a duplicate.
 */
export async function importArticle(
  deps: Pick<Deps, "storage">,
  tx: Db,
  article: ArticleFile,
  images: Map<string, { bytes: Buffer; mime: string }>,
  at: Date,
): Promise<ImportOutcome> {
  const links = new Map<string, string>();
  for (const [path, image] of images) {
    const sha256 = createHash("sha256").update(image.bytes).digest("hex");
    const known = await findKbImageBySha(tx, sha256);
    if (known) {
      links.set(path, kbImageUrl(known.id));
      continue;
    }
    const { key } = await deps.storage.put(image.bytes);
    const fileName = path.split("/").pop()!;
    const row = await insertKbImageRow(tx, {
      sha256,
      storageKey: key,
      contentType: image.mime,
      fileName,
      size: image.bytes.length,
      createdAt: at,
    });
    links.set(path, kbImageUrl(row.id));
  }
  const categoryId = article.category
    ? (
        (await findKbCategoryByName(tx, article.category)) ??
        (await insertKbCategory(tx, SYSTEM_ACTOR, { name: article.category }, at))
      ).id
    : null;
  const content = {
    title: article.title,
    body: rewriteImageLinks(article.body, links),
    categoryId,
    audiences: normaliseAudiences(article.audiences),
    tags: normaliseTags(article.tags),
    visibility: article.visibility,
    status: article.status,
  };
  const existing = await lockArticleByKeyUnscoped(tx, article.key, article.language);
  if (!existing) {
    await insertArticle(
      tx,
      SYSTEM_ACTOR,
      { ...content, key: article.key, language: article.language, ownerId: null },
      at,
    );
    return "created";
  }
  const next = { ...content, ownerId: existing.ownerId, reviewBy: existing.reviewBy };
  const saved = await saveArticleVersion(tx, SYSTEM_ACTOR, existing, next, at, "Imported");
  return saved === existing ? "unchanged" : "updated";
}
