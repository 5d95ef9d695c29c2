import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readdir } from "node:fs/promises";
import { text } from "node:stream/consumers";
import { localDiskStorage, memoryStorage } from "./blob-storage.ts";

describe("blobs on local disk", () => {
  const roots: string[] = [];
  const freshRoot = async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "frontline-blobs-"));
    roots.push(root);
    return root;
  };
  afterEach(async () => {
    for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
  });

  it("makes its folders on the first write there, and reads back what it wrote", async () => {
    const storage = localDiskStorage(path.join(await freshRoot(), "not-yet", "attachments"));
    const first = await storage.put(Buffer.from("first"));
    const second = await storage.put(Buffer.from("second"));
    expect((await storage.get(first.key)).toString()).toBe("first");
    expect((await storage.get(second.key)).toString()).toBe("second");
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("makes a folder again when it was removed while the process ran", async () => {
    const root = await freshRoot();
    const storage = localDiskStorage(root);
    await storage.put(Buffer.from("before"));
    await rm(root, { recursive: true, force: true });
    const after = await storage.put(Buffer.from("after"));
    expect((await storage.get(after.key)).toString()).toBe("after");
  });

  it("restores bytes under a known key", async () => {
    const storage = localDiskStorage(await freshRoot());
    const key = "ab/ab000000-0000-4000-8000-000000000000";
    await storage.restore(key, Buffer.from("restored"));
    expect((await storage.get(key)).toString()).toBe("restored");
  });

  it("stores a stream as it arrives and reads any byte range of it back as a stream", async () => {
    const storage = localDiskStorage(await freshRoot());
    const stored = await storage.putStream(
      (async function* () {
        yield Buffer.from("0123");
        yield Buffer.from("456789");
      })(),
    );
    expect(stored.size).toBe(10);
    expect(await text(storage.stream(stored.key, { start: 2, end: 5 }))).toBe("2345");
    expect(await text(storage.stream(stored.key))).toBe("0123456789");
  });

  it("keeps nothing of a stream that fails half-way", async () => {
    const root = await freshRoot();
    const storage = localDiskStorage(root);
    const failing = (async function* () {
      yield Buffer.from("partial");
      throw new Error("over the limit");
    })();
    await expect(storage.putStream(failing)).rejects.toThrow("over the limit");
    const folders = await readdir(root);
    for (const folder of folders) expect(await readdir(path.join(root, folder))).toEqual([]);
  });
});

describe("blobs in memory", () => {
  it("streams ranges like the disk does", async () => {
    const storage = memoryStorage();
    const stored = await storage.putStream(
      (async function* () {
        yield Buffer.from("abcdef");
      })(),
    );
    expect(await text(storage.stream(stored.key, { start: 1, end: 3 }))).toBe("bcd");
  });
});
