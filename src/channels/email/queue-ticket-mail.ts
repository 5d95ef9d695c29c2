import { randomUUID } from "node:crypto";
import type { Deps } from "../../context.ts";
import type { DeferredWrites } from "../../platform/db/deferred-writes.ts";
import { domainOf, signedMessageId } from "./message-id.ts";
import { messageIdKey, type MailboxRow } from "./mail.store.ts";
import { insertOutboundMail, mailboxOfTicketUnscoped, threadOfTicketUnscoped } from "./outbound.store.ts";
import { subjectWithToken } from "./subject.ts";
import type { MailFallback } from "../requester-channel.ts";

/** The job that hands one outbound mail row to SMTP (version 1: payload { outboundId }). */
export const OUTBOUND_MAIL_JOB = "mail.outbound";

// Mail clients read only so many References; the first (the thread's root) and the latest ones matter.
const MAX_REFERENCES = 20;

export type TicketMail = {
  ticketId: string;
  number: number;
  kind: "acknowledgement" | "reply" | "survey" | "visit";
  to: string;
  subject: string;
  body: string;
  /** Attachments of the ticket to send with it (a public reply's files). */
  attachmentIds?: readonly string[];
  /** The public reply this mail carries (its event's seq): the conversation shows the mail's delivery on it. */
  eventSeq?: number;
  /** An iCalendar invitation sent with it as text/calendar (a visit's REQUEST or CANCEL). */
  calendar?: { method: "REQUEST" | "CANCEL"; content: string };
  /** Why it goes by mail although the requester prefers WhatsApp (notify-requester.ts), shown with it on the ticket. */
  fallback?: MailFallback;
};

/**
 * What the caller already knows of a ticket's thread, so it is not read again: ingestion acknowledging the request it
 * just opened knows the mailbox, the one inbound Message-ID and the signing key.
 */
export type KnownThread = {
  mailbox: Pick<MailboxRow, "address" | "senderName">;
  messageId: string;
  key: string;
};

/**
 * Writes a mail about a ticket into the outbox in the caller's transaction: a signed Message-ID naming the ticket,
 * In-Reply-To and References to the thread so far (so mail clients thread it), the ticket token in the subject, and a
 * job for the worker to send it. Without SMTP_URL the row stays "queued" for admins to read.
 */
export async function queueTicketMail(
  deps: Deps,
  mail: TicketMail,
  known?: KnownThread,
  /** Deferred writes of the caller's transaction to queue the row and its job on (ingestion sends them at once). */
  later?: DeferredWrites,
): Promise<string | undefined> {
  const mailbox = known?.mailbox ?? (await mailboxOfTicketUnscoped(deps.db, mail.ticketId));
  if (!mailbox) return undefined;
  const thread = known
    ? { inbound: [known.messageId], outbound: [] }
    : await threadOfTicketUnscoped(deps.db, mail.ticketId);
  const all = [...thread.inbound, ...thread.outbound];
  const references = all.length <= MAX_REFERENCES ? all : [all[0]!, ...all.slice(-(MAX_REFERENCES - 1))];
  const key = known?.key ?? (await messageIdKey(deps.db));
  // Made here, so that the job naming the row goes in with it.
  const id = randomUUID();
  const row = {
    id,
    ticketId: mail.ticketId,
    messageId: signedMessageId(key, mail.number, domainOf(mailbox.address)),
    kind: mail.kind,
    toAddresses: [mail.to.toLowerCase()],
    fromAddress: mailbox.senderName
      ? `"${mailbox.senderName.replace(/["\\]/g, "")}" <${mailbox.address}>`
      : mailbox.address,
    subject: subjectWithToken(mail.number, mail.subject),
    body: mail.body,
    attachmentIds: [...(mail.attachmentIds ?? [])],
    inReplyTo: thread.inbound.at(-1) ?? null,
    references,
    eventSeq: mail.eventSeq ?? null,
    calendar: mail.calendar ?? null,
    fallback: mail.fallback ?? null,
    createdAt: deps.clock.now(),
  };
  await insertOutboundMail(
    deps.db,
    row,
    {
      kind: OUTBOUND_MAIL_JOB,
      payload: { outboundId: id },
      idempotencyKey: `mail.outbound:${id}`,
      runAt: deps.clock.now(),
    },
    later,
  );
  return id;
}
