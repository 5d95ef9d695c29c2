import { afterEach, beforeEach } from "vitest";
import { buildApp } from "../../src/app.ts";
import type { Config } from "../../src/config/config.ts";
import { referenceCache } from "../../src/platform/cache/reference-cache.ts";
import type { Database } from "../../src/platform/db/database.ts";
import type { HttpServer } from "../../src/platform/http/server.ts";
import { REFERENCE_CHANNEL } from "../../src/runtime.ts";
import type { TestDeps } from "./db.ts";

/**
 * Two app instances on one database, each with its own long-lived reference cache wired to LISTEN/NOTIFY the way
 * `openRuntime` wires a process: what one "process" changes must reach the other's cache through the database.
 */
export function withTwoProcesses(
  ctx: { deps: TestDeps; database: Database },
  settings: Partial<Config> = {},
  cacheMs = 60_000,
): { a: HttpServer; b: HttpServer } {
  const holder = {} as { a: HttpServer; b: HttpServer };
  const stops: Array<() => Promise<void>> = [];
  beforeEach(async () => {
    const make = async () => {
      const cache = referenceCache(cacheMs);
      stops.push(await ctx.database.listen(REFERENCE_CHANNEL, () => cache.invalidate()));
      const referenceChanged = async () => {
        cache.invalidate();
        await ctx.database.notify(REFERENCE_CHANNEL, "");
      };
      const app = await buildApp({ ...ctx.deps, config: { ...ctx.deps.config, ...settings }, cache, referenceChanged });
      await app.ready();
      return app;
    };
    holder.a = await make();
    holder.b = await make();
  });
  afterEach(async () => {
    await Promise.all([holder.a.close(), holder.b.close(), ...stops.splice(0).map((stop) => stop())]);
  });
  return holder;
}
