import type { Logger } from "pino";
import type { Config } from "./config/config.ts";
import type { Db, Engine } from "./platform/db/database.ts";
import type { Clock } from "./platform/clock/clock.ts";
import type { BlobStorage } from "./platform/storage/blob-storage.ts";
import type { TicketReaction } from "./tickets/record-events.ts";

/** What every use case may reach: passed in, never imported, so tests swap any part. */
export type Deps = {
  db: Db;
  engine: Engine;
  clock: Clock;
  config: Config;
  storage: BlobStorage;
  log: Logger;
  /** Run in the same transaction as every batch of ticket events (SLA clocks, outbox). */
  reactions: readonly TicketReaction[];
};
