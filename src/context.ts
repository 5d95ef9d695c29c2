import type { Logger } from "pino";
import type { Config } from "./config/config.ts";
import type { Db, Engine } from "./platform/db/database.ts";
import type { Clock } from "./platform/clock/clock.ts";
import type { BlobStorage } from "./platform/storage/blob-storage.ts";
import type { ReferenceCache } from "./platform/cache/reference-cache.ts";
import type { LiveHub } from "./platform/live/live-hub.ts";
import type { LiveMessage } from "./tickets/live/live.ts";
import type { ChatNotice } from "./channels/chat/chat.live.ts";
import type { TicketChange } from "./tickets/ticket/ticket-change.ts";

/** What every use case may reach: passed in, never imported, so tests swap any part. */
export type Deps = {
  db: Db;
  /**
   * Where lists, view counts and reports read: the read replica when DATABASE_REPLICA_URL is set, else `db`.
   * It may lag behind `db` by the replication delay, so nothing reads back through it what it just wrote, and
   * nothing that decides a write (versions, rights, clocks) reads through it.
   */
  readDb: Db;
  engine: Engine;
  clock: Clock;
  config: Config;
  storage: BlobStorage;
  log: Logger;
  /** Short-lived per-process cache of reference data (matrix, routing, SLA policies, credentials). */
  cache: ReferenceCache;
  /** Drops cached reference data here and tells every other process on the database to do the same. */
  referenceChanged(): Promise<void>;
  /** Run in the same transaction as every batch of ticket events (SLA clocks, outbox). */
  reactions: readonly TicketReaction[];
  /** This process's fan-out of live updates (one LISTEN frontline_live, while any stream is open). */
  live: LiveHub<LiveMessage>;
  /** This process's fan-out of web chat notices (one LISTEN frontline_chat, while any chat stream is open). */
  chatLive: LiveHub<ChatNotice>;
};

/** Something that must happen in the same transaction as a ticket's new events (SLA clocks, outbox rows). */
export type TicketReaction = ((deps: Deps, tx: Db, change: TicketChange) => Promise<void>) & {
  /**
   * Whether it may read what earlier reactions queued in `change.later` (they are sent first, then). Unset means
   * yes; a reaction that reads none of it says false, or when it does (so the writes can go on together).
   */
  readsLaterWrites?: false | ((change: TicketChange) => boolean);
};
