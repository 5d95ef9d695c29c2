import path from "node:path";
import type { Logger } from "pino";
import type { Config } from "./config/config.ts";
import type { Deps } from "./context.ts";
import { systemClock } from "./platform/clock/clock.ts";
import { openDatabase, type Database } from "./platform/db/database.ts";
import { migrate } from "./platform/db/migrate.ts";
import type { ListenEvents } from "./platform/db/resilient-listen.ts";
import { createLogger } from "./platform/observability/logger.ts";
import { localDiskStorage } from "./platform/storage/blob-storage.ts";
import { referenceCache } from "./platform/cache/reference-cache.ts";
import { liveHub } from "./platform/live/live-hub.ts";
import { TICKET_REACTIONS } from "./ticket-reactions.ts";
import { factsTableArrived, rebuildIndicatorFacts } from "./reports/rebuild-indicator-facts.ts";
import { decodeLiveMessage, LIVE_CHANNEL } from "./tickets/live/live.ts";
import { CHAT_CHANNEL, decodeChatNotice } from "./channels/chat/chat.live.ts";

export const REFERENCE_CHANNEL = "frontline_reference";

/** Logs a LISTEN connection's losses, failed attempts and return. */
function connectionLog(log: Logger, channel: string): ListenEvents {
  return {
    onLost: (err) => log.warn({ err, channel }, "LISTEN connection lost; reconnecting"),
    onRetry: (err, next) => log.warn({ err, channel, ...next }, "LISTEN reconnect failed; trying again"),
    onRestored: (info) => log.warn({ channel, ...info }, "LISTEN reconnected"),
  };
}

export type Runtime = { database: Database; deps: Deps; close(): Promise<void> };

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR) and migrates it. */
/** The migration path's backfill of the indicator facts (docs/decisions/0011-indicator-facts.md). */
async function backfillFacts(db: Database["db"], log: ReturnType<typeof createLogger>): Promise<void> {
  const tickets = await rebuildIndicatorFacts(db, {
    progress: (done, total) => log.info({ done, total }, "indicator facts folded"),
  });
  log.info({ tickets }, "indicator facts backfilled");
}

export async function openRuntime(
  config: Config,
  options: {
    migrate?: boolean;
    logTo?: "stdout" | "stderr";
    /**
     * false for a one-shot command (`frontline mail ingest`, one process per message): it holds no LISTEN connection
     * for admin changes, as its reference cache lives for less than a second.
     */
    listen?: boolean;
  } = {},
): Promise<Runtime> {
  const log = createLogger(config.LOG_LEVEL, options.logTo);
  const database = config.DATABASE_URL
    ? await openDatabase({ engine: "postgres", url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE })
    : await openDatabase({ engine: "pglite", dataDir: config.DATA_DIR });
  // Reads that may lag (lists, counts, reports) go to the replica when there is one; it is never migrated from
  // here (it copies the primary, migrations included) and holds no LISTEN: notifications come from the primary.
  const replica = config.DATABASE_REPLICA_URL
    ? await openDatabase({ engine: "postgres", url: config.DATABASE_REPLICA_URL, poolSize: config.DATABASE_POOL_SIZE })
    : undefined;
  if (options.migrate !== false) {
    const applied = await migrate(database);
    if (applied.length > 0) log.info({ applied }, "migrations applied");
    if (factsTableArrived(applied)) await backfillFacts(database.db, log);
  }
  const cache = referenceCache(config.REFERENCE_CACHE_MS);
  // Admin changes made by any process reach every process's cache at once (LISTEN/NOTIFY), not after the TTL.
  // While the connection was down, invalidations may have been missed: coming back drops the whole cache.
  const stopListening =
    options.listen === false
      ? async () => undefined
      : await database.listen(REFERENCE_CHANNEL, () => cache.invalidate(), {
          ...connectionLog(log, REFERENCE_CHANNEL),
          onRestored: (info) => {
            cache.invalidate();
            log.warn({ channel: REFERENCE_CHANNEL, ...info }, "LISTEN reconnected; reference cache dropped");
          },
        });
  // Ticket changes and SLA firings committed by any process reach this process's live streams.
  const live = liveHub(database, {
    channel: LIVE_CHANNEL,
    decode: decodeLiveMessage,
    onError: (err) => log.error({ err }, "live update failed"),
    connection: connectionLog(log, LIVE_CHANNEL),
  });
  // Web chat messages, typing and state committed by any process reach this process's chat streams.
  const chatLive = liveHub(database, {
    channel: CHAT_CHANNEL,
    decode: decodeChatNotice,
    onError: (err) => log.error({ err }, "chat update failed"),
    connection: connectionLog(log, CHAT_CHANNEL),
  });
  const deps: Deps = {
    db: database.db,
    readDb: (replica ?? database).db,
    engine: database.engine,
    clock: systemClock,
    config,
    storage: localDiskStorage(path.resolve(config.DATA_DIR, "attachments")),
    log,
    cache,
    referenceChanged: async () => {
      cache.invalidate();
      await database.notify(REFERENCE_CHANNEL, "");
    },
    reactions: TICKET_REACTIONS,
    live,
    chatLive,
  };
  return {
    database,
    deps,
    close: async () => {
      await stopListening();
      await live.close();
      await chatLive.close();
      await database.close();
      await replica?.close();
    },
  };
}
