import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { joinedTransaction } from "../../platform/db/database.ts";
import { DomainError } from "../../shared/errors.ts";
import { insertAttachment } from "../../tickets/attachments/attachment.store.ts";
import { replyToTicket } from "../../tickets/conversation/reply-to-ticket.ts";
import { createTicket } from "../../tickets/ticket/create-ticket.ts";
import type { InboundMessage } from "./inbound-message.ts";
import { placeWhatsappSender } from "./place-whatsapp-sender.ts";
import type { WhatsappNumber } from "./whatsapp-numbers.ts";
import {
  ensureGroup,
  insertWhatsappMessage,
  latestGroupTicketUnscoped,
  updateGroup,
  latestWhatsappTicketUnscoped,
  ticketOfWamidUnscoped,
  ticketStatusUnscoped,
} from "./whatsapp.store.ts";

/** A file of the message, judged by the attachment rules before the transaction (kept), or why it is not there. */
export type MessageFile = { filename: string; contentType: string; bytes: Buffer };
export type MessageFiles = { files: MessageFile[]; notes: string[] };

export type IngestedMessage = {
  outcome: "created" | "replied";
  ticketId: string;
  ticketNumber: number;
  /** The sender, as placed. */
  personId: string;
};

// Ticket texts have the limits the API gives them; a longer message keeps its whole text as message.txt.
const SUBJECT_MAX = 120;
const BODY_MAX = 50_000;

/** The ticket text of a message, the notes about its files, and (when too long) the whole text as a file. */
function composeBody(message: InboundMessage, files: MessageFiles): { body: string; extra: MessageFile[] } {
  const text = message.text.trim() || (message.media ? `[${message.media.filename ?? message.media.kind}]` : "");
  const notes = files.notes.map((n) => `[${n}]`).join("\n");
  const full = [text || "[empty message]", notes].filter(Boolean).join("\n\n");
  if (full.length <= BODY_MAX) return { body: full, extra: [] };
  const cut = "\n\n[The message is longer than a ticket shows; its whole text is attached as message.txt]";
  return {
    body: full.slice(0, BODY_MAX - cut.length) + cut,
    extra: [{ filename: "message.txt", contentType: "text/plain", bytes: Buffer.from(message.text, "utf8") }],
  };
}

function subjectOf(message: InboundMessage, body: string): string {
  const line = body.split("\n", 1)[0]!.trim();
  const subject = line.length > SUBJECT_MAX ? `${line.slice(0, SUBJECT_MAX - 1)}…` : line;
  return subject || `WhatsApp message from ${message.name || message.phone || "a customer"}`;
}

/**
 * Makes one received WhatsApp message ticket work, in the caller's transaction: the sender placed (by phone number,
 * else made a requester of the group's bound organization or the number's default one), then a reply on the ticket it answers (`context.id`)
 * or on the sender's open WhatsApp ticket — a resolved one only within WHATSAPP_REOPEN_HOURS, which reopens it — else
 * a new ticket (channel whatsapp, the number's default group). The message's wamid is kept for threading.
 * `deps.db` must be an open transaction (the worker's, which also marks the event done).
 */
export async function ingestWhatsappMessage(
  deps: Deps,
  input: { message: InboundMessage; number: WhatsappNumber; receivedAt: Date; files: MessageFiles },
): Promise<IngestedMessage> {
  const { message, number, receivedAt } = input;
  const tx = joinedTransaction(deps.db);
  const inTx = { ...deps, db: tx };
  // In a group: the group's row (made on first news), whose bound organization places a member met for the first time.
  const group = message.groupId ? await ensureGroup(tx, message.groupId, number.phoneNumberId, receivedAt) : null;
  const actor = await placeWhatsappSender(tx, message, group?.organizationId ?? number.defaultOrganizationId);
  if (group && message.senderId && !group.participants.includes(message.senderId))
    await updateGroup(tx, group.groupId, { participants: [...group.participants, message.senderId] });
  const { body, extra } = composeBody(message, input.files);
  const files = [...input.files.files, ...extra];
  const record = async (ticketId: string) =>
    insertWhatsappMessage(tx, {
      ticketId,
      phoneNumberId: number.phoneNumberId,
      direction: "in",
      wamid: message.id,
      waId: message.senderId!,
      groupId: message.groupId,
      personId: actor.personId,
      body: "",
      status: "delivered",
      statusAt: receivedAt,
      createdAt: receivedAt,
    });
  const target = await targetTicket(inTx, actor, message);
  if (target) {
    const replied = await replyOn(deps, actor, target, body, files);
    if (replied) {
      await record(target);
      return { outcome: "replied", ticketId: target, ticketNumber: replied, personId: actor.personId };
    }
  }
  const created = await createTicket(inTx, actor, {
    subject: subjectOf(message, body),
    description: body,
    type: "incident",
    impact: "person",
    urgency: "medium",
    channel: "whatsapp",
    origin: {
      groupId: number.defaultGroupId,
      reason: group
        ? `default of the WhatsApp number ${number.displayName} (group ${group.subject || group.groupId})`
        : `default of the WhatsApp number ${number.displayName}`,
    },
  });
  await storeFiles(inTx, actor, created.id, files);
  await record(created.id);
  return { outcome: "created", ticketId: created.id, ticketNumber: created.number, personId: actor.personId };
}

/**
 * The ticket a message continues: the one it answers, else the sender's latest, if either still takes it. In a group
 * the sender's own tickets from that group only: quoting another member's message there does not join their ticket.
 */
async function targetTicket(deps: Deps, actor: Actor, message: InboundMessage): Promise<string | null> {
  const now = deps.clock.now().getTime();
  const reopenMs = deps.config.WHATSAPP_REOPEN_HOURS * 3_600_000;
  const takes = (t: { status: string; resolvedAt: Date | null } | undefined) =>
    t !== undefined &&
    t.status !== "closed" &&
    (t.status !== "resolved" || (t.resolvedAt !== null && now - t.resolvedAt.getTime() <= reopenMs));
  if (message.contextId) {
    const answered = await ticketOfWamidUnscoped(deps.db, message.contextId);
    const ticket = answered ? await ticketStatusUnscoped(deps.db, answered) : undefined;
    if (takes(ticket) && (!message.groupId || ticket!.requesterId === actor.personId)) return answered!;
  }
  const latest = message.groupId
    ? await latestGroupTicketUnscoped(deps.db, actor.personId, message.groupId)
    : await latestWhatsappTicketUnscoped(deps.db, actor.personId);
  return latest && takes(latest) ? latest.id : null;
}

async function storeFiles(deps: Deps, actor: Actor, ticketId: string, files: MessageFile[]): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files) {
    const stored = await deps.storage.put(file.bytes);
    const row = await insertAttachment(deps.db, {
      ticketId,
      filename: file.filename,
      contentType: file.contentType,
      size: file.bytes.length,
      sha256: stored.sha256,
      storageKey: stored.key,
      uploadedBy: actorIdOf(actor),
      createdAt: deps.clock.now(),
    });
    ids.push(row.id);
  }
  return ids;
}

/**
 * Adds the message as the sender's reply (a resolved ticket reopens); undefined when the ticket no longer takes it
 * (closed meanwhile, or not the sender's to answer), so the message opens a new ticket instead.
 */
async function replyOn(deps: Deps, actor: Actor, ticketId: string, body: string, files: MessageFile[]) {
  try {
    // A real savepoint: a refused reply rolls back its files, and the message goes on to open a new ticket.
    return await deps.db.transaction(async (savepoint) => {
      const inTx = { ...deps, db: joinedTransaction(savepoint) };
      const attachmentIds = await storeFiles(inTx, actor, ticketId, files);
      const ticket = await replyToTicket(inTx, actor, ticketId, { body, channel: "whatsapp", attachmentIds });
      return ticket.number;
    });
  } catch (error) {
    if (
      error instanceof DomainError &&
      (error.code === "TICKET_CLOSED" || error.code === "TICKET_NOT_FOUND" || error.kind === "forbidden")
    )
      return undefined;
    throw error;
  }
}
