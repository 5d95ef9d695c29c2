import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { localDiskStorage } from "./blob-storage.ts";

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
});
