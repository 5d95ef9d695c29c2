import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { mailboxes } from "./mail.tables.ts";

/**
 * Who polls an IMAP mailbox, until when. A process takes a mailbox only with an UPDATE … WHERE the lease expired (or is
 * its own), and renews it while polling, so exactly one process polls each mailbox; a crashed poller's lease lapses.
 */
export const imapLeases = pgTable("imap_leases", {
  mailboxId: uuid("mailbox_id")
    .primaryKey()
    .references(() => mailboxes.id, { onDelete: "cascade" }),
  /** The polling process (host:pid:random), so it can renew its own lease and no one else's. */
  holder: text("holder").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
});
