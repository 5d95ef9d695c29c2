import { createHash } from "node:crypto";
import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { isStaff } from "../../identity/actor.ts";
import { joinedTransaction } from "../../platform/db/database.ts";
import { deferredWrites, joinedTransactionWithLater, type DeferredWrites } from "../../platform/db/deferred-writes.ts";
import { DomainError } from "../../shared/errors.ts";
import { createTicket } from "../../tickets/ticket/create-ticket.ts";
import { replyToTicket } from "../../tickets/conversation/reply-to-ticket.ts";
import { writtenSlaGlance } from "../../tickets/ticket/written-sla-glance.ts";
import { acknowledgedSince, acknowledgeRequest } from "./acknowledge-request.ts";
import { judgeMailFiles, storeMailFiles, type JudgedFiles } from "./keep-mail-files.ts";
import { findThread, namedMessageIds } from "./find-thread.ts";
import { forwardedSender } from "./forwarded-sender.ts";
import { activeMailboxes, cachedMessageIdKey } from "./mail-reference.ts";
import {
  claimInboundMail,
  insertQuarantine,
  knownPeopleUnscoped,
  markBouncing,
  ticketIdByNumberUnscoped,
  ticketNumberUnscoped,
  type MailboxRow,
} from "./mail.store.ts";
import { claimInboundMailFromSender, type InboundMailPatch } from "./ingest-mail.store.ts";
import { classifyNoise, type Noise } from "./noise.ts";
import { parseMail, type ParsedMessage } from "./parse-mail.ts";
import { placeSender, UnplaceableSender } from "./place-sender.ts";
import { baseSubject } from "./subject.ts";
import { checkMessageId } from "./message-id.ts";

export type IngestInput = {
  raw: Buffer;
  /** The envelope's recipients (SMTP RCPT TO); without them (a pipe), the To/Cc/Delivered-To headers say. */
  recipients?: readonly string[];
};

export type IngestOutcome =
  | { outcome: "created" | "replied"; ticketId: string; ticketNumber: number }
  | { outcome: "quarantined"; quarantineId: string; reason: string }
  | { outcome: "ignored"; reason: Noise | "duplicate" };

// Ticket texts have the limits the API gives them; a longer mail keeps the rest in its original (original.eml).
const SUBJECT_MAX = 200;
const BODY_MAX = 50_000;

/**
 * Takes one raw message for our mailboxes — from the SMTP listener, IMAP or `frontline mail ingest` alike — and makes
 * it a new ticket, a reply on its ticket, a deliberately ignored message (auto-reply, bounce, loop, duplicate), or a
 * quarantine entry with its reason and bytes. It never drops a message: whatever goes wrong ends in quarantine, and it
 * returns only once the outcome is committed.
 */
export async function ingestMail(deps: Deps, input: IngestInput): Promise<IngestOutcome> {
  const boxes = await activeMailboxes(deps);
  let mail: ParsedMessage;
  try {
    mail = await parseMail(input.raw);
  } catch (error) {
    const reason = `unparseable: ${(error as Error).message}`;
    return quarantine(
      deps,
      input.raw,
      chooseMailbox(boxes, input.recipients ?? []),
      null,
      reason,
      unparsedKey(input.raw),
    );
  }
  const mailbox = chooseMailbox(
    boxes,
    input.recipients ?? [...(mail.headers.get("delivered-to") ?? []), ...mail.to, ...mail.cc],
  );
  if (!mailbox) return quarantine(deps, input.raw, boxes[0] ?? null, mail, "addressed to no mailbox of ours");
  const noise = classifyNoise({
    headers: mail.headers,
    from: mail.from?.address ?? null,
    contentType: mail.contentType,
    ourAddresses: new Set(boxes.map((b) => b.address.toLowerCase())),
  });
  // Read before the transaction opens: a key made by the first mail ever is committed before it is cached.
  const key = await cachedMessageIdKey(deps);
  if (noise) return ignore(deps, input.raw, mailbox, mail, noise, key);
  if (!mail.from) return quarantine(deps, input.raw, mailbox, mail, "no sender address (From)");
  try {
    return await placeMail(deps, { raw: input.raw, key, boxes, mailbox }, mail, mail.from);
  } catch (error) {
    if (!(error instanceof UnplaceableSender || error instanceof DomainError))
      deps.log.error({ err: error, messageId: mail.messageId }, "mail ingestion failed");
    return quarantine(deps, input.raw, mailbox, mail, `could not be placed: ${(error as Error).message}`);
  }
}

/** The mailbox a message is for: the first recipient that is one of ours (case-insensitive). */
export function chooseMailbox(boxes: readonly MailboxRow[], recipients: readonly string[]): MailboxRow | undefined {
  const wanted = recipients.map((r) =>
    r
      .replace(/^.*<|>.*$/g, "")
      .trim()
      .toLowerCase(),
  );
  return wanted.map((address) => boxes.find((b) => b.address.toLowerCase() === address)).find((b) => b !== undefined);
}

const row = (mailbox: MailboxRow, mail: ParsedMessage | null, at: Date) => ({
  mailboxId: mailbox.id,
  messageId: mail?.messageId ?? "",
  fromAddress: mail?.from?.address ?? null,
  toAddresses: mail?.to.slice(0, 100) ?? [],
  ccAddresses: mail?.cc.slice(0, 100) ?? [],
  subject: (mail?.subject ?? "").slice(0, 1000),
  baseSubject: baseSubject(mail?.subject ?? "").slice(0, 1000),
  receivedAt: at,
});

// What the console's mail view shows, split at the quoted history (folded there); limits as for the ticket's text.
const mailView = (mail: ParsedMessage) => ({
  bodyHtml: mail.html,
  quotedHtml: mail.quoted.html || null,
  bodyText: mail.freshText.slice(0, BODY_MAX),
  quotedText: mail.quoted.text.slice(0, BODY_MAX) || null,
});

/** What ingestion already knows when it places a mail: its bytes, the signing key, our mailboxes and the one it is for. */
type Arrival = { raw: Buffer; key: string; boxes: readonly MailboxRow[]; mailbox: MailboxRow };

async function placeMail(
  deps: Deps,
  { raw, key, boxes, mailbox }: Arrival,
  mail: ParsedMessage,
  from: { address: string; name: string },
): Promise<IngestOutcome> {
  // Files are judged (content sniffed) before the transaction: no row lock waits on it.
  const files = await judgeMailFiles(deps, mail);
  return deps.db.transaction(async (outer) => {
    // createTicket and replyToTicket open transactions of their own; here they join this one (no savepoints): any
    // failure of theirs quarantines the mail, which rolls all of this back anyway. A new ticket's reactions leave
    // their deferred writes (SLA row, search row, NOTIFY…) in `later`, where the mail's files and its
    // acknowledgement join them: one statement for all, sent before the commit.
    const later = deferredWrites();
    const tx = joinedTransactionWithLater(outer, later);
    const inTx = { ...deps, db: tx };
    const now = deps.clock.now();
    const { claimed, sender, mailFacts, earlierTicketId } = await claimInboundMailFromSender(
      tx,
      { ...row(mailbox, mail, now), outcome: "created", ...mailView(mail) },
      from.address,
      acknowledgedSince(now),
      namedMessageIds(mail),
    );
    if (!claimed) return { outcome: "ignored", reason: "duplicate" } as const;
    const { actor, sender: placed, isNew } = await placeSender(tx, from, sender ?? null);
    const thread = await findThread(tx, key, mailbox.id, mail, earlierTicketId ?? null);
    if (thread.ticketId === null && thread.forged)
      deps.log.warn({ messageId: mail.messageId, from: from.address }, "mail names a forged Message-ID of ours");
    const body = bodyOf(mail) + files.notes;
    const followerIds = await ccFollowers(tx, boxes, mail, actor.personId);
    if (thread.ticketId) {
      const inbound = { id: claimed, patch: { outcome: "replied", ticketId: thread.ticketId } } as const;
      const replied = await replyOn(deps, { outer, tx, later }, actor, thread.ticketId, {
        raw,
        files,
        inbound,
        body,
        followerIds,
      });
      if (replied) return { outcome: "replied", ticketId: thread.ticketId, ticketNumber: replied.number };
    }
    // A new request. A mail from staff that replies to nothing is a request they pass on: it is opened for the first
    // sender their forwarded content names (recorded by them), else it is their own request, like anyone else's.
    const requesterId = isStaff(actor)
      ? await forwardedRequester(tx, boxes, mail, actor.personId, from.address)
      : undefined;
    const created = await createTicket(inTx, actor, {
      subject: (mail.subject || "(no subject)").slice(0, SUBJECT_MAX),
      description: body,
      type: "incident",
      impact: "person",
      urgency: "medium",
      channel: "email",
      followerIds,
      origin: {
        groupId: mailbox.defaultGroupId,
        priority: mailbox.defaultPriority,
        reason: `default of the mailbox ${mailbox.address}`,
      },
      ...(requesterId ? { requesterId, onBehalfOfRequester: requesterId !== actor.personId } : {}),
      // placeSender just read the sender, active, in this transaction.
      knownRequester: actor,
    });
    await storeMailFiles(inTx, actor, created.id, raw, files, { id: claimed, patch: { ticketId: created.id } }, later);
    // The acknowledgement's facts are known when the request is the sender's own, the sender was read with the claim
    // or made by this mail, and the SLA reaction left its promised times: nothing is read back. For a person made
    // just now the claim read no row: its locale ('en') and time zone (none) are the people table's defaults, and
    // bounces and this hour's acknowledgements were counted by address.
    const glance = writtenSlaGlance(created.state);
    const facts =
      (sender || isNew) && (requesterId ?? actor.personId) === actor.personId && glance !== undefined
        ? {
            number: created.number,
            subject: created.state.subject,
            priority: created.state.priority,
            channel: created.state.channel,
            requesterId: actor.personId,
            email: placed.email,
            ...mailFacts,
            responseDueAt: glance?.responseDueAt ?? null,
            resolutionDueAt: glance?.resolutionDueAt ?? null,
          }
        : undefined;
    // Without them, acknowledging reads the ticket's SLA row, which must have been written first.
    if (!facts) await later.flush(tx);
    await acknowledgeRequest(inTx, created.id, { mailbox, messageId: mail.messageId, key }, facts, later);
    await later.flush(tx);
    return { outcome: "created", ticketId: created.id, ticketNumber: created.number };
  });
}

/**
 * Adds the mail as the sender's reply. A closed ticket takes no more replies, so the mail opens a new one (undefined);
 * a sender who may not see the ticket cannot answer on it, and the mail is quarantined (the error goes up).
 */
async function replyOn(
  deps: Deps,
  { outer, tx, later }: { outer: Deps["db"]; tx: Deps["db"]; later: DeferredWrites },
  actor: Actor,
  ticketId: string,
  {
    raw,
    files,
    inbound,
    ...message
  }: { raw: Buffer; files: JudgedFiles; inbound: InboundMailPatch; body: string; followerIds: string[] },
) {
  try {
    if (files.accepted.length === 0) {
      // No attachment for the reply to name: it is recorded first, and a ticket that refuses it (closed, not the
      // sender's) does so before anything is written, so no savepoint is needed (a SAVEPOINT and its RELEASE are two
      // round trips). The original and the inbound row's change then join the reply's deferred writes.
      const inTx = { ...deps, db: tx };
      const ticket = await replyToTicket(inTx, actor, ticketId, { ...message, channel: "email", attachmentIds: [] });
      await storeMailFiles(inTx, actor, ticketId, raw, files, inbound, later);
      await later.flush(tx);
      return { number: ticket.number };
    }
    // A real savepoint: a closed ticket rolls back the files stored for the reply (the attachments it names must be
    // there before it), and the mail goes on to open a new ticket in the same transaction.
    return await outer.transaction(async (savepoint) => {
      const inTx = { ...deps, db: joinedTransaction(savepoint) };
      // The inbound row is marked replied with the files: the savepoint takes both back if the reply is refused.
      const kept = await storeMailFiles(inTx, actor, ticketId, raw, files, inbound);
      const ticket = await replyToTicket(inTx, actor, ticketId, {
        ...message,
        channel: "email",
        attachmentIds: kept.attachmentIds,
      });
      return { number: ticket.number };
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "TICKET_CLOSED") return undefined;
    if (error instanceof DomainError && (error.code === "TICKET_NOT_FOUND" || error.kind === "forbidden")) {
      throw new UnplaceableSender(`the sender may not reply on ticket #${await ticketNumberUnscoped(outer, ticketId)}`);
    }
    throw error;
  }
}

// A mail Cc'd to thousands makes no thousand followers; the first ones are kept, the rest stay in the original.
const CC_FOLLOWERS_MAX = 50;

/**
 * The people we know among a mail's Cc (not the sender, not our own mailboxes): they follow the ticket, recorded on
 * its created or replied event. Strangers in Cc are not made people — only a sender becomes a requester.
 */
async function ccFollowers(
  db: Deps["db"],
  boxes: readonly MailboxRow[],
  mail: ParsedMessage,
  senderId: string,
): Promise<string[]> {
  const ours = new Set(boxes.map((b) => b.address.toLowerCase()));
  const cc = [...new Set(mail.cc)].filter((a) => !ours.has(a)).slice(0, CC_FOLLOWERS_MAX);
  return (await knownPeopleUnscoped(db, cc)).filter((id) => id !== senderId);
}

/** Whom an agent's forwarded request is for: the first sender its text names (placed like any sender), else the agent. */
async function forwardedRequester(
  db: Deps["db"],
  boxes: readonly MailboxRow[],
  mail: ParsedMessage,
  agentId: string,
  agentAddress: string,
): Promise<string> {
  const ours = boxes.map((b) => b.address);
  const address = forwardedSender(mail.text, [agentAddress, ...ours]);
  if (!address) return agentId;
  try {
    return (await placeSender(db, { address, name: "" })).sender.id;
  } catch (error) {
    // A forwarded sender who is deactivated cannot raise requests: the agent's forward stays their own request.
    if (error instanceof UnplaceableSender) return agentId;
    throw error;
  }
}

function bodyOf(mail: ParsedMessage): string {
  const text = mail.text.trim() || "(no text)";
  return text.length <= BODY_MAX
    ? text
    : `${text.slice(0, BODY_MAX - 80)}\n\n[… the rest of this message is in original.eml]`;
}

async function ignore(
  deps: Deps,
  raw: Buffer,
  mailbox: MailboxRow,
  mail: ParsedMessage,
  noise: Noise,
  key: string,
): Promise<IngestOutcome> {
  return deps.db.transaction(async (tx) => {
    const at = deps.clock.now();
    const claimed = await claimInboundMail(tx, { ...row(mailbox, mail, at), outcome: "ignored", detail: noise });
    if (!claimed) return { outcome: "ignored", reason: "duplicate" } as const;
    if (noise === "bounce") await recordBounce(tx, key, raw, at);
    return { outcome: "ignored", reason: noise } as const;
  });
}

const OUR_ID = /<ft\.\d{1,12}\.[A-Za-z0-9_-]{8,32}\.[A-Za-z0-9_-]{16,64}@[^>\s]+>/g;
const FAILED_RECIPIENT = /^(?:Final-Recipient:\s*rfc822;|X-Failed-Recipients:)\s*<?([^\s<>;]+@[^\s<>;]+)>?/im;

/**
 * A bounce of our own mail (its returned message names one of our signed Message-IDs) marks the failed address as
 * bouncing, against the ticket the returned mail was about; other bounces are only ignored.
 */
async function recordBounce(tx: Deps["db"], key: string, raw: Buffer, at: Date): Promise<void> {
  const text = raw.toString("latin1");
  const ours = (text.match(OUR_ID) ?? []).map((id) => checkMessageId(key, id)).find((c) => c.kind === "ours");
  const address = FAILED_RECIPIENT.exec(text)?.[1];
  if (!ours || ours.kind !== "ours" || !address) return;
  const ticket = await ticketIdByNumberUnscoped(tx, ours.ticketNumber);
  await markBouncing(tx, { address, reason: "delivery failed (bounce)", ticketId: ticket?.id ?? null, at });
}

// Header lines of an unparseable mail, read by hand: its Message-ID, if one can be found before the body.
const RAW_MESSAGE_ID = /^message-id:[ \t]*(<[^<>\s]{1,900}>)/im;

/**
 * The key a mail that could not be parsed is quarantined once by (a mail server redelivers what we refused): its
 * Message-ID header if one is legible in the header block, else the SHA-256 of its bytes.
 */
export function unparsedKey(raw: Buffer): string {
  const end = raw.indexOf("\r\n\r\n");
  const head = raw
    .subarray(0, end >= 0 ? Math.min(end, 2_000_000) : Math.min(raw.length, 2_000_000))
    .toString("latin1");
  const id = RAW_MESSAGE_ID.exec(head)?.[1];
  return id ? `message-id:${id.replace(/\u0000/g, "")}` : `sha256:${createHash("sha256").update(raw).digest("hex")}`;
}

async function quarantine(
  deps: Deps,
  raw: Buffer,
  mailbox: MailboxRow | null | undefined,
  mail: ParsedMessage | null,
  reason: string,
  dedupeKey?: string,
): Promise<IngestOutcome> {
  return deps.db.transaction(async (tx) => {
    const at = deps.clock.now();
    if (mailbox && mail) {
      const claimed = await claimInboundMail(tx, {
        ...row(mailbox, mail, at),
        outcome: "quarantined",
        detail: reason.slice(0, 1000),
      });
      if (!claimed) return { outcome: "ignored", reason: "duplicate" } as const;
    }
    const quarantineId = await insertQuarantine(tx, {
      dedupeKey: dedupeKey ?? null,
      mailboxId: mailbox?.id ?? null,
      reason: reason.slice(0, 1000),
      fromAddress: mail?.from?.address ?? null,
      subject: (mail?.subject ?? "").slice(0, 1000),
      raw,
      size: raw.length,
      receivedAt: at,
    });
    if (!quarantineId) return { outcome: "ignored", reason: "duplicate" } as const;
    return { outcome: "quarantined", quarantineId, reason } as const;
  });
}
