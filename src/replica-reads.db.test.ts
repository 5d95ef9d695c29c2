import { sql } from "drizzle-orm";
import pg from "pg";
import { refreshIndicatorFacts } from "./reports/refresh-indicator-facts.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";
import { parseConfig, testEnvironment } from "./config/config.ts";
import { openDatabase, type Database } from "./platform/db/database.ts";
import { migrate } from "./platform/db/migrate.ts";
import type { HttpServer } from "./platform/http/server.ts";
import { openRuntime } from "./runtime.ts";
import { createScratchPostgres, testDeps } from "../test/support/db.ts";
import { buildTicket, buildWorkspace, ticketInput } from "../test/support/factories.ts";
import { call, tokenFor } from "../test/support/http.ts";

const databaseName = (url: string) => new URL(url).pathname.slice(1);

// A read replica is a PostgreSQL feature (PGlite has none). The replica here is a copy of the primary made at one
// moment (CREATE DATABASE … TEMPLATE) that then receives nothing: a replica lagging for ever, so every answer
// shows which database it came from.
describe.skipIf(!testEnvironment().testDatabaseUrl)("DATABASE_REPLICA_URL: lists and reports read the replica", () => {
  let primaryUrl: string;
  let replicaUrl: string;
  let primary: Database;
  let replica: Database;
  let app: HttpServer;
  let token: string;
  let before: { id: string; number: number };
  let requesterId: string;

  beforeAll(async () => {
    primaryUrl = await createScratchPostgres("primary");
    const seeding = await openDatabase({ engine: "postgres", url: primaryUrl, poolSize: 2 });
    await migrate(seeding);
    const seedDeps = testDeps(seeding);
    const world = await buildWorkspace(seedDeps);
    requesterId = world.requester.personId;
    before = await buildTicket(seedDeps, world.requester, { subject: "Replicated before the copy" });
    token = await tokenFor(seedDeps, world.admin.personId, ["tickets:read", "tickets:write"]);
    // The facts worker had caught up before the copy: the replica holds that ticket's indicator facts.
    await refreshIndicatorFacts(seeding.db, { maxBatches: Infinity });
    await seeding.close();

    replicaUrl = primaryUrl.replace(databaseName(primaryUrl), `${databaseName(primaryUrl)}_replica`);
    const admin = new pg.Client({ connectionString: testEnvironment().testDatabaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${databaseName(replicaUrl)}" TEMPLATE "${databaseName(primaryUrl)}"`);
    await admin.end();

    primary = await openDatabase({ engine: "postgres", url: primaryUrl, poolSize: 4 });
    replica = await openDatabase({ engine: "postgres", url: replicaUrl, poolSize: 4 });
    app = await buildApp({ ...testDeps(primary), readDb: replica.db });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await primary?.close();
    await replica?.close();
    const admin = new pg.Client({ connectionString: testEnvironment().testDatabaseUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName(replicaUrl)}" WITH (FORCE)`);
    await admin.end();
  });

  it("a ticket written to the primary is read back by id at once; the list and the view counts show what the replica holds", async () => {
    const created = await call(app, {
      method: "POST",
      url: "/api/v1/tickets",
      as: token,
      body: ticketInput({ subject: "Written after the copy", requesterId }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;

    // Reads that decide or confirm a write go to the primary: the new ticket is there by id.
    const one = await call(app, { method: "GET", url: `/api/v1/tickets/${id}`, as: token });
    expect(one.statusCode).toBe(200);

    // The list comes from the replica, which holds only what was copied.
    const list = await call(app, { method: "GET", url: "/api/v1/tickets", as: token });
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: Array<{ number: number }> }>().items.map((t) => t.number)).toEqual([before.number]);

    // So do the views' counts: one open ticket on the replica, two on the primary.
    const views = await call(app, { method: "GET", url: "/api/v1/views", as: token });
    const open = views.json<{ items: Array<{ key: string; count: number }> }>().items.find((v) => v.key === "open");
    expect(open?.count).toBe(1);
  });

  it("the indicators are computed from the replica, except right after a catch-up refolded facts on the primary", async () => {
    const indicators = async () => {
      const answer = await call(app, {
        method: "GET",
        url: "/api/v1/reports/indicators?from=2026-03-01T00:00:00Z&to=2026-03-31T00:00:00Z",
        as: token,
      });
      expect(answer.statusCode).toBe(200);
      return answer.json<{ tickets: { created: number }; factsPending: number }>();
    };
    // The ticket written after the copy was only marked; this request refolds it on the primary and reads the
    // facts there, which the replica may not have replayed yet.
    expect(await indicators()).toMatchObject({ tickets: { created: 2 }, factsPending: 0 });
    // Nothing left to refold: the next request reads the replica (which here never replays anything).
    expect((await indicators()).tickets.created).toBe(1);
  });

  it("openRuntime opens the replica as Deps.readDb beside the primary, and without one reads the primary", async () => {
    const env = { LOG_LEVEL: "silent", DATA_DIR: "/nonexistent", DATABASE_URL: primaryUrl } as const;
    const current = async (db: Database["db"]) => {
      const result = await db.execute(sql`select current_database() as name`);
      return (result as unknown as { rows: Array<{ name: string }> }).rows[0]?.name;
    };

    const withReplica = await openRuntime(parseConfig({ ...env, DATABASE_REPLICA_URL: replicaUrl }));
    try {
      expect(await current(withReplica.deps.db)).toBe(databaseName(primaryUrl));
      expect(await current(withReplica.deps.readDb)).toBe(databaseName(replicaUrl));
    } finally {
      await withReplica.close();
    }
    const alone = await openRuntime(parseConfig(env));
    try {
      expect(alone.deps.readDb).toBe(alone.deps.db);
    } finally {
      await alone.close();
    }
  });
});
