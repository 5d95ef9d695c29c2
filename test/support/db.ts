import { readFile } from "node:fs/promises";
import pg from "pg";
import pino from "pino";
import { beforeEach, describe, inject } from "vitest";
import { parseConfig } from "../../src/config/config.ts";
import { testEnvironment } from "../../src/config/config.ts";
import type { Deps } from "../../src/context.ts";
import { fixedClock } from "../../src/platform/clock/clock.ts";
import { openDatabase, type Database, type Engine } from "../../src/platform/db/database.ts";
import { migrate } from "../../src/platform/db/migrate.ts";
import { memoryStorage } from "../../src/platform/storage/blob-storage.ts";
import { referenceCache } from "../../src/platform/cache/reference-cache.ts";
import { TICKET_REACTIONS } from "../../src/ticket-reactions.ts";
import { liveHub } from "../../src/platform/live/live-hub.ts";
import { decodeLiveMessage, LIVE_CHANNEL } from "../../src/tickets/live/live.ts";
import { CHAT_CHANNEL, decodeChatNotice } from "../../src/channels/chat/chat.live.ts";

/** The engines data-layer tests run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const ENGINES: Engine[] = testEnvironment().testDatabaseUrl ? ["pglite", "postgres"] : ["pglite"];

type Cache = Partial<Record<Engine, Promise<Database>>>;
// Shared by every file this worker runs (vitest runs files in one process with isolate: false):
// PGlite takes seconds to boot and a PostgreSQL database to create.
const cache: Cache = ((globalThis as { __frontlineTestDbs?: Cache }).__frontlineTestDbs ??= {});

/** Creates a PostgreSQL database of this worker's own, named after the run so teardown can find it. */
export async function createScratchPostgres(label: string): Promise<string> {
  const url = testEnvironment().testDatabaseUrl;
  if (!url) throw new Error("TEST_DATABASE_URL is not set");
  const name = `ft_${inject("runId")}_${label}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

/** The migrated image test/support/global-setup.ts made (pglite-image.ts), if it could. */
async function migratedImage(): Promise<Blob | undefined> {
  const file = inject("pgliteImage");
  return file ? new Blob([await readFile(file)]) : undefined;
}

async function open(engine: Engine): Promise<Database> {
  const database =
    engine === "pglite"
      ? await openDatabase({ engine: "pglite", dataDir: null, image: await migratedImage() })
      : await openDatabase({ engine: "postgres", url: await createScratchPostgres("w"), poolSize: 10 });
  await migrate(database);
  return database;
}

/** This worker's migrated database for an engine. */
export function testDatabase(engine: Engine): Promise<Database> {
  return (cache[engine] ??= open(engine));
}

/** Empties every table and restarts numbering, so each test starts from a blank workspace. */
export async function resetDatabase(database: Database): Promise<void> {
  const tables = await database.rawTransaction((tx) =>
    tx.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'",
    ),
  );
  const list = tables.map((t) => `"${t.tablename}"`).join(", ");
  await database.exec(
    `TRUNCATE ${list} RESTART IDENTITY CASCADE; ALTER SEQUENCE ticket_number_seq RESTART WITH 10001;`,
  );
}

export type TestDeps = Deps & { clock: ReturnType<typeof fixedClock> };

/** Deps for a use case under test: the engine's database, a hand-moved clock, in-memory blobs. */
export function testDeps(database: Database): TestDeps {
  return {
    db: database.db,
    readDb: database.db,
    engine: database.engine,
    clock: fixedClock("2026-03-02T09:00:00Z"),
    config: parseConfig({ LOG_LEVEL: "silent", DATA_DIR: "/nonexistent", RESPONSE_CHECKS: "true" }),
    storage: memoryStorage(),
    log: pino({ level: "silent" }),
    // Off in tests, which change reference data directly through factories; the cache has its own tests.
    cache: referenceCache(0),
    referenceChanged: async () => undefined,
    reactions: TICKET_REACTIONS,
    // Listens only while a test holds a stream open (tests close theirs).
    live: liveHub(database, { channel: LIVE_CHANNEL, decode: decodeLiveMessage }),
    chatLive: liveHub(database, { channel: CHAT_CHANNEL, decode: decodeChatNotice }),
  };
}

/**
 * Declares a suite once per engine. Each test gets fresh deps over an emptied database:
 * `describeEachEngine("assign ticket", (ctx) => { it("…", async () => { ctx.deps … }) })`.
 */
export function describeEachEngine(name: string, body: (ctx: { deps: TestDeps; database: Database }) => void): void {
  for (const engine of ENGINES) {
    describe(`${name} [${engine}]`, () => {
      const ctx = {} as { deps: TestDeps; database: Database };
      beforeEach(async () => {
        ctx.database = await testDatabase(engine);
        await resetDatabase(ctx.database);
        ctx.deps = testDeps(ctx.database);
      });
      body(ctx);
    });
  }
}
