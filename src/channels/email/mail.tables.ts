import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organizations, supportGroups } from "../../identity/identity.tables.ts";
import { tickets } from "../../tickets/ticket.tables.ts";
import { MAIL_FALLBACKS } from "../requester-channel.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/** How an admin configured IMAP polling of a mailbox (the secret is stored as given; polling is issue 10's next step). */
export type ImapSettings = {
  host: string;
  port: number;
  tls: boolean;
  user: string;
  secret: string;
  folder: string;
  /** What happens to a message once imported. */
  afterImport: "flag" | "move" | "delete";
  moveTo?: string;
};

/** An address of ours that takes requests by mail: how mail reaches it, and what its tickets start with. */
export const mailboxes = pgTable(
  "mailboxes",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    /** The address people write to, compared case-insensitively. */
    address: text("address").notNull(),
    /** smtp: the built-in listener; imap: polled; pipe: a mail server runs `frontline mail ingest`. */
    inboundKind: text("inbound_kind", { enum: ["smtp", "imap", "pipe"] })
      .notNull()
      .default("smtp"),
    imap: jsonb("imap").$type<ImapSettings>(),
    /** The display name outgoing mail carries ("IT Service Desk"). */
    senderName: text("sender_name").notNull().default(""),
    defaultGroupId: uuid("default_group_id").references(() => supportGroups.id, { onDelete: "set null" }),
    /** Priority a mail ticket opens with; null: the priority matrix decides. */
    defaultPriority: text("default_priority", { enum: ["critical", "high", "medium", "low"] }),
    active: boolean("active").notNull().default(true),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("mailboxes_address_key").on(sql`lower(${t.address})`)],
);

/** An organization's mail domains: an unknown sender from one of them becomes a requester there. */
export const organizationEmailDomains = pgTable("organization_email_domains", {
  /** Lower-case domain, e.g. ravi-foods.example. */
  domain: text("domain").primaryKey(),
  organizationId: uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
});

/**
 * Every message a mailbox received and what became of it. The same Message-ID to the same mailbox is stored once
 * (the unique index is the durability guarantee across listener, IMAP and pipe, and across processes).
 */
export const inboundMails = pgTable(
  "inbound_mails",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    /** Null once an admin deleted the mailbox: its mail stays with the tickets it made. */
    mailboxId: uuid("mailbox_id").references(() => mailboxes.id, { onDelete: "set null" }),
    /** The Message-ID header, or `<sha256-of-the-bytes@missing>` when the message had none. */
    messageId: text("message_id").notNull(),
    fromAddress: text("from_address"),
    toAddresses: text("to_addresses")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ccAddresses: text("cc_addresses")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    subject: text("subject").notNull().default(""),
    /** The HTML body's new part after sanitize-html (no scripts, no javascript: links), for the console's mail view. */
    bodyHtml: text("body_html"),
    /** The quoted history under the new part (quoted-history.ts), sanitised: folded in the view, never dropped. */
    quotedHtml: text("quoted_html"),
    /** The plain text's new part and its quoted history (the ticket's message keeps both, as received). */
    bodyText: text("body_text"),
    quotedText: text("quoted_text"),
    /** The subject without Re:/Fwd: prefixes, counters and our ticket token (threading by References). */
    baseSubject: text("base_subject").notNull().default(""),
    ticketId: uuid("ticket_id").references(() => tickets.id),
    outcome: text("outcome", { enum: ["created", "replied", "quarantined", "ignored"] }).notNull(),
    /** Why it was ignored or quarantined. */
    detail: text("detail"),
    /** The original as an attachment of the ticket (view original). */
    attachmentId: uuid("attachment_id"),
    receivedAt: at("received_at").notNull(),
  },
  (t) => [
    uniqueIndex("inbound_mails_message_key").on(t.mailboxId, t.messageId),
    index("inbound_mails_ticket_idx").on(t.ticketId),
  ],
);

/** Mail that could not be parsed or placed: kept whole with its reason until an admin releases or discards it. */
export const mailQuarantine = pgTable(
  "mail_quarantine",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    mailboxId: uuid("mailbox_id").references(() => mailboxes.id, { onDelete: "set null" }),
    reason: text("reason").notNull(),
    fromAddress: text("from_address"),
    subject: text("subject").notNull().default(""),
    raw: bytea("raw").notNull(),
    size: integer("size").notNull(),
    receivedAt: at("received_at").notNull(),
    /** Set when an admin released it into a ticket or discarded it. */
    resolvedAt: at("resolved_at"),
    resolution: text("resolution", { enum: ["released", "discarded"] }),
    ticketId: uuid("ticket_id").references(() => tickets.id),
    /**
     * For mail that could not be parsed (no inbound_mails row can claim it): its Message-ID header, else `sha256:` of
     * the raw bytes, so a redelivery of the same message is quarantined once.
     */
    dedupeKey: text("dedupe_key"),
  },
  (t) => [
    index("mail_quarantine_open_idx")
      .on(t.receivedAt)
      .where(sql`resolved_at is null`),
    uniqueIndex("mail_quarantine_dedupe_key").on(t.dedupeKey),
  ],
);

/**
 * Mail we send about tickets. Its Message-ID (HMAC-signed) lets a reply find its ticket; with no SMTP_URL the row is
 * the local outbox admins read ("queued"), with one it records delivery ("sent", or the last failure).
 */
export const outboundMails = pgTable(
  "outbound_mails",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    messageId: text("message_id").notNull().unique(),
    kind: text("kind", { enum: ["acknowledgement", "reply", "survey", "visit"] }).notNull(),
    toAddresses: text("to_addresses").array().notNull(),
    fromAddress: text("from_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    inReplyTo: text("in_reply_to"),
    references: text("references")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The public reply's files, sent with the mail (read from attachment storage when it leaves). */
    attachmentIds: uuid("attachment_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** The public reply this mail carries (its event's seq in the ticket's log); null for acknowledgements. */
    eventSeq: integer("event_seq"),
    /** An iCalendar invitation sent with it as text/calendar (a visit's REQUEST or CANCEL), or null. */
    calendar: jsonb("calendar").$type<{ method: "REQUEST" | "CANCEL"; content: string }>(),
    status: text("status", { enum: ["queued", "sent", "failed"] })
      .notNull()
      .default("queued"),
    lastError: text("last_error"),
    /** Why it went by email although the requester prefers another channel (WhatsApp window closed), or null. */
    fallback: text("fallback", { enum: MAIL_FALLBACKS }),
    createdAt: at("created_at").notNull().defaultNow(),
    sentAt: at("sent_at"),
  },
  (t) => [
    index("outbound_mails_ticket_idx").on(t.ticketId),
    // The per-sender acknowledgement limit (ticketMailFactsUnscoped): an acknowledgement has one address, so its
    // recent ones are a range of this index, not a scan of all outgoing mail.
    index("outbound_mails_acknowledged_idx")
      .on(sql`(${t.toAddresses}[1])`, t.createdAt)
      .where(sql`kind = 'acknowledgement'`),
  ],
);

/** Addresses our mail bounced from: no more acknowledgements to them until an admin clears them. */
export const bouncingAddresses = pgTable("bouncing_addresses", {
  /** Lower-case address. */
  address: text("address").primaryKey(),
  reason: text("reason").notNull(),
  ticketId: uuid("ticket_id").references(() => tickets.id),
  lastBounceAt: at("last_bounce_at").notNull(),
});
