import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Where attachment bytes live; local disk by default, anything with these three calls in production. */
export type BlobStorage = {
  put(bytes: Buffer): Promise<{ key: string; sha256: string }>;
  /** Writes bytes under a known key (restoring an export). */
  restore(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
};

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
  const write = async (file: string, bytes: Buffer) => {
    try {
      await writeFile(`${file}.tmp`, bytes);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(`${file}.tmp`, bytes);
    }
    await rename(`${file}.tmp`, file);
  };
  return {
    async put(bytes) {
      const id = randomUUID();
      const key = `${id.slice(0, 2)}/${id}`;
      const file = fileFor(key);
      await write(file, bytes);
      return { key, sha256: createHash("sha256").update(bytes).digest("hex") };
    },
    async restore(key, bytes) {
      await write(fileFor(key), bytes);
    },
    get: (key) => readFile(fileFor(key)),
    delete: (key) => rm(fileFor(key), { force: true }),
  };
}

/** Keeps blobs in memory: for tests and throwaway in-memory databases. */
export function memoryStorage(): BlobStorage {
  const blobs = new Map<string, Buffer>();
  return {
    async put(bytes) {
      const id = randomUUID();
      const key = `${id.slice(0, 2)}/${id}`;
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
    async delete(key) {
      blobs.delete(key);
    },
  };
}
