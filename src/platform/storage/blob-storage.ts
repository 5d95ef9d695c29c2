import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

/** Where attachment bytes live; local disk by default, anything with these three calls in production. */
export type BlobStorage = {
  put(bytes: Buffer): Promise<{ key: string; sha256: string }>;
  /** Writes bytes under a known key (restoring an export). */
  restore(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  /**
   * Stores bytes as they arrive (large files are never held in memory whole). When `source` throws, nothing is
   * kept: the partial file is removed and the error passed on.
   */
  putStream(source: AsyncIterable<Uint8Array>): Promise<{ key: string; sha256: string; size: number }>;
  /** Reads `start..end` (inclusive byte offsets; the whole blob without them) as a stream, for range requests. */
  stream(key: string, range?: { start: number; end: number }): Readable;
  delete(key: string): Promise<void>;
};

const newKey = () => {
  const id = randomUUID();
  return `${id.slice(0, 2)}/${id}`;
};

/** Passes chunks through while hashing and counting them. */
async function* measured(
  source: AsyncIterable<Uint8Array>,
  into: { hash: ReturnType<typeof createHash>; size: number },
) {
  for await (const chunk of source) {
    into.hash.update(chunk);
    into.size += chunk.byteLength;
    yield chunk;
  }
}

const KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

/** Stores blobs as files under a directory, written atomically (temp file + rename). */
export function localDiskStorage(root: string): BlobStorage {
  const fileFor = (key: string) => {
    // Keys come back from the database; still refuse anything that could walk out of root.
    if (!KEY.test(key)) throw new Error(`invalid storage key ${key}`);
    return path.join(root, key);
  };
  // The fan-out folder is made only when the write finds it missing (a mkdir on every write showed in the mail
  // bench's profile); the temp file + rename keeps the write atomic either way.
  const writeNew = async (file: string, bytes: Buffer, flag: "w" | "wx") => {
    try {
      await writeFile(file, bytes, { flag });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes, { flag });
    }
  };
  const write = async (file: string, bytes: Buffer) => {
    await writeNew(`${file}.tmp`, bytes, "w");
    await rename(`${file}.tmp`, file);
  };
  return {
    async put(bytes) {
      const key = newKey();
      const file = fileFor(key);
      // A new key names no file anyone reads until the row naming it commits, after this write: written in place
      // (exclusively: a key is never reused), without the temp file and rename a write over a known key needs.
      await writeNew(file, bytes, "wx");
      return { key, sha256: createHash("sha256").update(bytes).digest("hex") };
    },
    async restore(key, bytes) {
      await write(fileFor(key), bytes);
    },
    async putStream(source) {
      const key = newKey();
      const file = fileFor(key);
      await mkdir(path.dirname(file), { recursive: true });
      const seen = { hash: createHash("sha256"), size: 0 };
      try {
        await pipeline(Readable.from(measured(source, seen)), createWriteStream(`${file}.tmp`));
      } catch (error) {
        await rm(`${file}.tmp`, { force: true });
        throw error;
      }
      await rename(`${file}.tmp`, file);
      return { key, sha256: seen.hash.digest("hex"), size: seen.size };
    },
    stream: (key, range) => createReadStream(fileFor(key), range),
    get: (key) => readFile(fileFor(key)),
    delete: (key) => rm(fileFor(key), { force: true }),
  };
}

/** Keeps blobs in memory: for tests and throwaway in-memory databases. */
export function memoryStorage(): BlobStorage {
  const blobs = new Map<string, Buffer>();
  return {
    async put(bytes) {
      const key = newKey();
      blobs.set(key, Buffer.from(bytes));
      return { key, sha256: createHash("sha256").update(bytes).digest("hex") };
    },
    async restore(key, bytes) {
      blobs.set(key, Buffer.from(bytes));
    },
    async get(key) {
      const blob = blobs.get(key);
      if (!blob) throw new Error(`no blob ${key}`);
      return blob;
    },
    async putStream(source) {
      const chunks: Uint8Array[] = [];
      const seen = { hash: createHash("sha256"), size: 0 };
      for await (const chunk of measured(source, seen)) chunks.push(chunk);
      const key = newKey();
      blobs.set(key, Buffer.concat(chunks));
      return { key, sha256: seen.hash.digest("hex"), size: seen.size };
    },
    stream(key, range) {
      const blob = blobs.get(key);
      if (!blob) throw new Error(`no blob ${key}`);
      return Readable.from([range ? blob.subarray(range.start, range.end + 1) : blob]);
    },
    async delete(key) {
      blobs.delete(key);
    },
  };
}
