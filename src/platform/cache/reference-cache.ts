/**
 * A per-process cache for reference data that is read on every request and changes rarely (priority matrix,
 * routing rules, SLA policies, calendars, credentials). Entries live `ttlMs`; a write in this process drops
 * the affected prefix at once, other processes see it within `ttlMs`. ttlMs = 0 turns caching off.
 * Nothing here coordinates work: it only saves reads.
 */
export type ReferenceCache = {
  get<T>(key: string, load: () => PromiseLike<T>): Promise<T>;
  /** Drops every entry whose key starts with the prefix (or everything without one). */
  invalidate(prefix?: string): void;
};

type Entry = { value: Promise<unknown>; expires: number };

const MAX_ENTRIES = 10_000;

export function referenceCache(ttlMs: number, now: () => number = () => performance.now()): ReferenceCache {
  const entries = new Map<string, Entry>();
  return {
    get<T>(key: string, load: () => PromiseLike<T>): Promise<T> {
      if (ttlMs <= 0) return Promise.resolve(load());
      const t = now();
      const hit = entries.get(key);
      if (hit && hit.expires > t) return hit.value as Promise<T>;
      if (entries.size >= MAX_ENTRIES) entries.clear();
      // Settled into a real promise once: a loader that hands back a lazy thenable (a Drizzle query builder runs its
      // query on every `then`) would otherwise query again on every hit — the WhatsApp numbers did, once per webhook.
      const value = Promise.resolve(load());
      entries.set(key, { value, expires: t + ttlMs });
      // A failed load must not be served from the cache.
      value.catch(() => entries.delete(key));
      return value;
    },
    invalidate(prefix) {
      if (prefix === undefined) return entries.clear();
      for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key);
    },
  };
}
