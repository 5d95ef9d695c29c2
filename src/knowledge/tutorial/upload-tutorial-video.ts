import { fileTypeFromBuffer } from "file-type";
import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { VIDEO_TYPES } from "./tutorial.ts";
import { tutorialError } from "./tutorial.errors.ts";
import { authorizeEditLearning } from "./tutorial.policy.ts";
import { findTutorialUnscoped, lockTutorialUnscoped, updateTutorialRow, type TutorialRow } from "./tutorial.store.ts";

// file-type recognises every container we accept from its first few kilobytes.
const SNIFF_BYTES = 4100;

/**
 * Passes an upload's bytes on while checking them: the head is sniffed before anything is passed on (only videos
 * the player streams), and the stream fails once it grows past `maxBytes` or ends empty. Storage drops what it
 * wrote when this fails, so a refused upload leaves nothing behind.
 */
async function* checkedVideo(
  source: AsyncIterable<Uint8Array>,
  maxBytes: number,
  found: { contentType?: string },
): AsyncGenerator<Uint8Array> {
  let head: Buffer[] = [];
  let headBytes = 0;
  let size = 0;
  const sniff = async () => {
    const type = (await fileTypeFromBuffer(Buffer.concat(head)))?.mime;
    if (!type || !VIDEO_TYPES.has(type))
      throw tutorialError("VIDEO_TYPE_REFUSED", "body.file", type ?? "unknown content");
    found.contentType = type;
  };
  for await (const chunk of source) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tutorialError("VIDEO_TOO_LARGE", "body.file");
    if (found.contentType) {
      yield chunk;
      continue;
    }
    head.push(Buffer.from(chunk));
    headBytes += chunk.byteLength;
    if (headBytes < SNIFF_BYTES) continue;
    await sniff();
    yield* head;
    head = [];
  }
  if (size === 0) throw tutorialError("VIDEO_EMPTY", "body.file");
  if (!found.contentType) {
    await sniff();
    yield* head;
  }
}

/**
 * Uploads a tutorial's video into blob storage as it arrives (replacing any earlier video or embedded link):
 * an empty file, one that is not a video, or one over TUTORIAL_VIDEO_MAX_BYTES is refused and nothing is kept.
 */
export async function uploadTutorialVideo(
  deps: Pick<Deps, "db" | "clock" | "config" | "storage" | "log">,
  actor: Actor,
  id: string,
  source: AsyncIterable<Uint8Array>,
): Promise<TutorialRow> {
  authorizeEditLearning(actor);
  if (!(await findTutorialUnscoped(deps.db, id))) throw tutorialError("TUTORIAL_NOT_FOUND", "params.id");
  const found: { contentType?: string } = {};
  const stored = await deps.storage.putStream(checkedVideo(source, deps.config.TUTORIAL_VIDEO_MAX_BYTES, found));
  let previousKey: string | null = null;
  try {
    const updated = await deps.db.transaction(async (tx) => {
      const current = await lockTutorialUnscoped(tx, id);
      if (!current) throw tutorialError("TUTORIAL_NOT_FOUND", "params.id");
      previousKey = current.videoStorageKey;
      const now = deps.clock.now();
      return updateTutorialRow(tx, id, {
        videoStorageKey: stored.key,
        videoContentType: found.contentType!,
        videoSize: stored.size,
        videoSha256: stored.sha256,
        videoUpdatedAt: now,
        embedUrl: null,
        updatedAt: now,
      });
    });
    if (previousKey) await deps.storage.delete(previousKey);
    return updated;
  } catch (error) {
    await deps.storage.delete(stored.key);
    throw error;
  }
}
