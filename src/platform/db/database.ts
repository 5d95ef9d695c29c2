import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { resilientListen, type ListenEvents } from "./resilient-listen.ts";

/** A Drizzle handle: the database itself or an open transaction (both engines). Queries name their tables. */
export type Db = PgDatabase<PgQueryResultHKT>;

export type Engine = "pglite" | "postgres";

/** Raw SQL access inside one transaction, for migrations and maintenance. */
export type RawTx = {
  /** Runs SQL text that may hold several statements. */
  exec(sqlText: string): Promise<void>;
  query<T>(sqlText: string, params?: unknown[]): Promise<T[]>;
};

export type Database = {
  db: Db;
  engine: Engine;
  /** Runs SQL text that may hold several statements, outside a transaction. */
  exec(sqlText: string): Promise<void>;
  rawTransaction<T>(fn: (tx: RawTx) => Promise<T>): Promise<T>;
  /**
   * Subscribes to a NOTIFY channel (every process on the database hears it); resolves to an unsubscribe.
   * On PostgreSQL a dropped connection is reopened by itself; `events` hears of the loss and the return.
   */
  listen(channel: string, onMessage: (payload: string) => void, events?: ListenEvents): Promise<() => Promise<void>>;
  /** Sends a NOTIFY on a channel. */
  notify(channel: string, payload: string): Promise<void>;
  /** The connection pool's use now (PostgreSQL); null for PGlite, which has one connection in the process. */
  poolUse(): PoolUse | null;
  close(): Promise<void>;
};

/** Connections of a PostgreSQL pool: open, idle among them, requests waiting for one, and the most it opens. */
export type PoolUse = { total: number; idle: number; waiting: number; max: number };

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

function checkChannel(channel: string): string {
  if (!CHANNEL.test(channel)) throw new Error(`invalid channel name ${channel}`);
  return channel;
}

export type DatabaseOptions =
  // image: a data directory dumped by pgliteImage, opened in memory instead of running initdb (about 2 s a boot).
  { engine: "pglite"; dataDir: string | null; image?: Blob } | { engine: "postgres"; url: string; poolSize?: number };

// Each engine's driver is imported when a database of that engine is opened: a process on PostgreSQL never loads
// PGlite (half a megabyte of JavaScript and its WebAssembly), and a one-shot command (`frontline mail ingest`, run
// once per message) pays for one driver only.
async function nodePostgres() {
  const [{ default: pg }, { drizzle }] = await Promise.all([import("pg"), import("drizzle-orm/node-postgres")]);
  // node-postgres returns int8 as strings; ours are counters and ids that fit in a JS number.
  pg.types.setTypeParser(20, (v) => Number(v));
  return { pg, drizzle };
}

async function pglite() {
  const [{ PGlite }, { pg_trgm }, { drizzle }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
    import("drizzle-orm/pglite"),
  ]);
  // The contrib extensions the migrations create, loaded into every PGlite (PostgreSQL ships them in contrib):
  // pg_trgm serves search's typo tolerance (migrations/0018_ticket_search.sql).
  return { PGlite, drizzle, extensions: { pg_trgm } };
}

/** Opens PGlite (dataDir null = in memory) or a node-postgres pool behind the same Drizzle API. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.engine === "postgres") {
    const { pg, drizzle: drizzlePg } = await nodePostgres();
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 20,
      // An unreachable server fails readiness and requests after 5 s instead of hanging them.
      connectionTimeoutMillis: 5_000,
      // No JIT: PostgreSQL 15 compiles any statement its planner costs above 100,000, which the reports' grouped
      // statements over a large desk reach; compiling took 5 of a 30-day trend's 6.7 s at 100,000 tickets (loaded),
      // and the statements themselves run in well under a second.
      options: "-c jit=off",
    });
    // An idle client losing its server must not crash the process; the next query reconnects.
    pool.on("error", () => undefined);
    const listeners = new Set<() => Promise<void>>();
    const db = drizzlePg(pool) as unknown as Db;
    const max = options.poolSize ?? 20;
    return {
      db,
      engine: "postgres",
      poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max }),
      exec: async (text) => {
        await pool.query(text);
      },
      rawTransaction: async (fn) => {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const result = await fn({
            exec: async (text) => {
              await client.query(text);
            },
            query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
          });
          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      },
      listen: async (channel, onMessage, events) => {
        const name = checkChannel(channel);
        // LISTEN needs a connection of its own for as long as the subscription lives; it is named so that
        // operators (and the reconnect test) can find it in pg_stat_activity.
        const stop = await resilientListen(
          async (deliver, onEnd) => {
            const client = new pg.Client({
              connectionString: options.url,
              application_name: `frontline listen ${name}`,
            });
            let failure: unknown;
            let ready = false;
            client.on("error", (error) => (failure = error));
            // A connection that never got as far as LISTEN is a failed attempt (thrown below), not a loss.
            client.on("end", () => ready && onEnd(failure));
            client.on("notification", (n) => n.channel === name && deliver(n.payload ?? ""));
            try {
              await client.connect();
              await client.query(`LISTEN ${name}`);
              ready = true;
            } catch (error) {
              await client.end().catch(() => undefined);
              throw error;
            }
            return { end: () => client.end().catch(() => undefined) };
          },
          onMessage,
          events,
        );
        listeners.add(stop);
        return async () => {
          listeners.delete(stop);
          await stop();
        };
      },
      notify: async (channel, payload) => {
        await pool.query("SELECT pg_notify($1, $2)", [checkChannel(channel), payload]);
      },
      close: async () => {
        await Promise.all([...listeners].map((stop) => stop().catch(() => undefined)));
        await pool.end();
      },
    };
  }
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = path.resolve(options.dataDir, "pglite");
    mkdirSync(dataDir, { recursive: true });
  }
  const engine = await pglite();
  const client = await engine.PGlite.create({
    ...(dataDir ? { dataDir } : options.image ? { loadDataDir: options.image } : {}),
    extensions: engine.extensions,
  });
  return wrapPglite(client, engine.drizzle);
}

/**
 * An in-memory PGlite prepared once (e.g. migrated) and dumped as a data-directory tarball, so that many
 * databases can be opened from it (`openDatabase({ engine: "pglite", dataDir: null, image })`) without each
 * running initdb. The test harness opens one per worker; a mutation run, one per mutant.
 */
export async function pgliteImage(prepare: (database: Database) => Promise<unknown>): Promise<Blob> {
  const engine = await pglite();
  const client = await engine.PGlite.create({ extensions: engine.extensions });
  try {
    await prepare(wrapPglite(client, engine.drizzle));
    return await client.dumpDataDir("none");
  } finally {
    await client.close();
  }
}

function wrapPglite(client: PGlite, drizzle: (client: PGlite) => unknown): Database {
  const db = drizzle(client) as unknown as Db;
  return {
    db,
    engine: "pglite",
    poolUse: () => null,
    exec: async (text) => {
      await client.exec(text);
    },
    rawTransaction: (fn) =>
      client.transaction((tx) =>
        fn({
          exec: async (text) => {
            await tx.exec(text);
          },
          query: async <T>(text: string, params?: unknown[]) => (await tx.query<T>(text, params)).rows,
        }),
      ),
    listen: async (channel, onMessage) => {
      const stop = await client.listen(checkChannel(channel), onMessage);
      return () => stop();
    },
    notify: async (channel, payload) => {
      await client.query("SELECT pg_notify($1, $2)", [checkChannel(channel), payload]);
    },
    close: () => client.close(),
  };
}

/** Checks the database answers (readiness probe). */
export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}

/**
 * A view of an open transaction in which a nested `transaction()` runs in it directly instead of opening a savepoint
 * (a SAVEPOINT and a RELEASE are two round trips each time). For callers whose nested use cases can only fail them
 * whole: an error still rolls the entire transaction back; nothing is kept of a part that failed.
 */
export function joinedTransaction(tx: Db): Db {
  const joined: Db = Object.create(tx);
  Object.defineProperty(joined, "transaction", { value: <T>(run: (inner: Db) => Promise<T>) => run(joined) });
  return joined;
}
