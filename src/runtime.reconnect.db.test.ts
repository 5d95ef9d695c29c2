import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig, testEnvironment } from "./config/config.ts";
import { openRuntime, type Runtime } from "./runtime.ts";
import type { LiveMessage } from "./tickets/live/live.ts";
import { publishLive } from "./tickets/live/publish-live.ts";
import { createScratchPostgres } from "../test/support/db.ts";

const poll = async (done: () => boolean | Promise<boolean>, tries = 300) => {
  for (let i = 0; i < tries && !(await done()); i++) await new Promise((r) => setTimeout(r, 20));
};

// A real PostgreSQL behaviour: the server itself ends the listening connections (PGlite has no server to lose).
describe.skipIf(!testEnvironment().testDatabaseUrl)("LISTEN connections lost on PostgreSQL", () => {
  let runtime: Runtime;
  let admin: pg.Client;

  beforeAll(async () => {
    const url = await createScratchPostgres("listen");
    runtime = await openRuntime(
      parseConfig({ DATABASE_URL: url, LOG_LEVEL: "silent", DATA_DIR: "/nonexistent", REFERENCE_CACHE_MS: "60000" }),
    );
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await runtime?.close();
  });

  const listeners = async () =>
    (
      await admin.query<{ pid: number }>(
        "select pid from pg_stat_activity where datname = current_database() and query like 'LISTEN %' and pid <> pg_backend_pid()",
      )
    ).rows.map((r) => r.pid);

  it("a live update still arrives, and the reference cache is dropped, after pg_terminate_backend ends the LISTEN", async () => {
    const { deps } = runtime;
    const heard: LiveMessage[] = [];
    const unsubscribe = await deps.live.subscribe((m) => heard.push(m));
    let loads = 0;
    const load = async () => ++loads;
    await deps.cache.get("matrix", load);
    await deps.cache.get("matrix", load);
    expect(loads).toBe(1);

    const before = await listeners();
    expect(before).toHaveLength(2); // the reference cache's and the live hub's
    await admin.query("select pg_terminate_backend(pid) from unnest($1::int[]) as pid", [before]);
    await poll(async () => {
      const now = await listeners();
      return now.length === 2 && now.every((pid) => !before.includes(pid));
    });

    const message: LiveMessage = {
      type: "sla",
      threshold: "breach",
      clock: "resolution",
      ticketId: "6f1d2c3b-0000-4000-8000-000000000001",
      number: 10001,
      organizationId: "6f1d2c3b-0000-4000-8000-000000000002",
      requesterId: "6f1d2c3b-0000-4000-8000-000000000003",
      groupId: null,
      assigneeId: null,
      followerIds: [],
      at: "2026-03-02T09:00:00.000Z",
    };
    await deps.db.transaction((tx) => publishLive(tx, [message]));
    await poll(() => heard.length > 0);
    expect(heard).toEqual([message]);

    await deps.cache.get("matrix", load);
    expect(loads).toBe(2);
    unsubscribe();
  });
});
