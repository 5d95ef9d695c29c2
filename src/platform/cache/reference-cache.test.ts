import { describe, expect, it } from "vitest";
import { referenceCache } from "./reference-cache.ts";

describe("reference cache", () => {
  it("loads once within the TTL and again after it", async () => {
    let t = 0;
    let loads = 0;
    const cache = referenceCache(1000, () => t);
    const load = async () => ++loads;
    expect(await cache.get("k", load)).toBe(1);
    t = 999;
    expect(await cache.get("k", load)).toBe(1);
    t = 1000;
    expect(await cache.get("k", load)).toBe(2);
  });

  it("drops a prefix on invalidate and never caches a failure", async () => {
    const cache = referenceCache(60_000, () => 0);
    let n = 0;
    await cache.get("sla:policies", async () => ++n);
    await cache.get("tickets:matrix", async () => ++n);
    cache.invalidate("sla:");
    expect(await cache.get("sla:policies", async () => ++n)).toBe(3);
    expect(await cache.get("tickets:matrix", async () => ++n)).toBe(2);
    await expect(cache.get("bad", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("bad", async () => "up")).toBe("up");
  });

  it("with a TTL of 0 it always loads", async () => {
    const cache = referenceCache(0);
    let n = 0;
    await cache.get("k", async () => ++n);
    expect(await cache.get("k", async () => ++n)).toBe(2);
  });

  it("runs a lazy loader once: a thenable that queries on every then is read once while cached", async () => {
    const cache = referenceCache(60_000, () => 0);
    let queries = 0;
    // What a Drizzle query builder is: nothing runs until then, and every then runs the query again.
    const builder: PromiseLike<string[]> = {
      then: (onFulfilled, onRejected) => Promise.resolve([`rows of query ${++queries}`]).then(onFulfilled, onRejected),
    };
    expect(await cache.get("whatsapp:numbers", () => builder)).toEqual(["rows of query 1"]);
    expect(await cache.get("whatsapp:numbers", () => builder)).toEqual(["rows of query 1"]);
    expect(queries).toBe(1);
  });
});
