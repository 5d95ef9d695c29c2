import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { PRIORITIES } from "../../shared/enums.ts";
import { storableText } from "../../shared/storable-text.ts";
import { createMailbox } from "./create-mailbox.ts";
import { deleteMailbox } from "./delete-mailbox.ts";
import { DELIVERY_STATES } from "./delivery-state.ts";
import { discardQuarantined } from "./discard-quarantined.ts";
import { listMailboxes } from "./list-mailboxes.ts";
import { listOutbox } from "./list-outbox.ts";
import { listQuarantine } from "./list-quarantine.ts";
import { getTicketMail } from "./get-ticket-mail.ts";
import { listBouncing } from "./list-bouncing.ts";
import { clearBouncing } from "./clear-bouncing.ts";
import { readQuarantined } from "./read-quarantined.ts";
import { releaseQuarantined } from "./release-quarantined.ts";
import { updateMailbox } from "./update-mailbox.ts";
import { MAIL_FALLBACKS } from "../requester-channel.ts";

const QuarantinedMailDto = z
  .object({
    id: z.string(),
    mailboxId: z.string().nullable(),
    reason: z.string().describe("Why the mail could not become a ticket or a reply"),
    fromAddress: z.string().nullable(),
    subject: z.string(),
    size: z.number().int().describe("Bytes of the raw message, kept whole"),
    receivedAt: z.date(),
  })
  .meta({ id: "QuarantinedMail" });

const OutboundMailDto = z
  .object({
    id: z.string(),
    ticketId: z.string(),
    number: z.number().int(),
    kind: z.enum(["acknowledgement", "reply", "survey", "visit"]),
    toAddresses: z.array(z.string()),
    subject: z.string(),
    body: z.string(),
    status: z
      .enum(["queued", "sent", "failed"])
      .describe("queued: in the local outbox (no SMTP_URL) or waiting for the worker"),
    lastError: z.string().nullable().describe("not delivered: why, while it is retried"),
    eventSeq: z.number().int().nullable().describe("The public reply it carries (its event's seq); null: not a reply"),
    fallback: z
      .enum(MAIL_FALLBACKS)
      .nullable()
      .describe("Why it went by email although the requester prefers WhatsApp (no conversation, window closed)"),
    createdAt: z.date(),
    sentAt: z.date().nullable(),
  })
  .meta({ id: "OutboundMail" });

const DeliveryDto = z
  .object({
    state: z
      .enum(DELIVERY_STATES)
      .describe(
        "queued: waiting (kept in the local outbox with no SMTP_URL); sent; retrying: failed, tried again; not-delivered: gave up",
      ),
    detail: z.string().nullable().describe("Why the last attempt failed (retrying, not-delivered)"),
  })
  .meta({ id: "MailDelivery" });

const MailboxDto = z
  .object({
    id: z.string(),
    address: z.string(),
    inboundKind: z.enum(["smtp", "imap", "pipe"]),
    senderName: z.string(),
    defaultGroupId: z.string().nullable(),
    defaultPriority: z.enum(PRIORITIES).nullable(),
    active: z.boolean(),
    imap: z.record(z.string(), z.unknown()).nullable(),
    createdAt: z.date(),
  })
  .meta({ id: "Mailbox" });

const BouncingAddressDto = z
  .object({
    address: z.string(),
    reason: z.string(),
    ticketId: z.string().nullable(),
    number: z.number().int().nullable().describe("The ticket whose mail bounced last"),
    lastBounceAt: z.date(),
  })
  .meta({ id: "BouncingAddress" });

const InboundMailDto = z
  .object({
    id: z.string(),
    fromAddress: z.string().nullable(),
    toAddresses: z.array(z.string()),
    ccAddresses: z.array(z.string()),
    subject: z.string(),
    outcome: z.enum(["created", "replied", "quarantined", "ignored"]),
    bodyText: z.string().nullable().describe("The text above the quoted history"),
    quotedText: z.string().nullable().describe("The quoted history under it (folded in the view)"),
    bodyHtml: z.string().nullable().describe("Sanitised HTML above the quoted history"),
    quotedHtml: z.string().nullable().describe("Sanitised quoted history"),
    attachmentId: z.string().nullable().describe("original.eml among the ticket's attachments (view original)"),
    receivedAt: z.date(),
  })
  .meta({ id: "InboundMail" });

const TicketOutboundMailDto = OutboundMailDto.omit({ ticketId: true, number: true })
  .extend({ delivery: DeliveryDto })
  .meta({ id: "TicketOutboundMail" });

const Id = z.object({ id: z.uuid() });
const ReleaseBody = z.strictObject({ requesterId: z.uuid().describe("Whose request the mail becomes") });
const ImapBody = z.strictObject({
  host: storableText().trim().min(1).max(253),
  port: z.number().int().min(1).max(65535).default(993),
  tls: z
    .boolean()
    .default(true)
    .describe("Implicit TLS (port 993); false: plain IMAP, upgraded with STARTTLS when offered"),
  user: storableText().min(1).max(320),
  secret: storableText().min(1).max(1000).describe("The password; listed back as ********"),
  folder: storableText().min(1).max(200).default("INBOX"),
  afterImport: z
    .enum(["flag", "move", "delete"])
    .default("flag")
    .describe("flag: marked seen and imported; move: to moveTo; delete"),
  moveTo: storableText().min(1).max(200).optional(),
});
const MailboxChangeBody = z.strictObject({
  address: z.email().max(254).optional(),
  inboundKind: z.enum(["smtp", "imap", "pipe"]).optional(),
  senderName: storableText().trim().max(200).optional(),
  defaultGroupId: z.uuid().nullable().optional(),
  defaultPriority: z.enum(PRIORITIES).nullable().optional(),
  active: z.boolean().optional(),
  imap: ImapBody.partial()
    .nullable()
    .optional()
    .describe("Changes to the IMAP settings (merged with the stored ones; leave secret out to keep it)"),
});
const MailboxBody = z
  .strictObject({
    address: z.email().max(254),
    inboundKind: z.enum(["smtp", "imap", "pipe"]).default("smtp"),
    senderName: storableText().trim().max(200).default(""),
    defaultGroupId: z.uuid().nullable().default(null),
    defaultPriority: z.enum(PRIORITIES).nullable().default(null),
    imap: ImapBody.nullable().default(null).describe("How to poll the mailbox; required when inboundKind is imap"),
  })
  .superRefine((body, ctx) => {
    if (body.inboundKind === "imap" && !body.imap)
      ctx.addIssue({ code: "custom", path: ["imap"], message: "required when inboundKind is imap" });
    if (body.imap?.afterImport === "move" && !body.imap.moveTo) {
      ctx.addIssue({ code: "custom", path: ["imap", "moveTo"], message: "required when afterImport is move" });
    }
  });

/** The email channel's administration: mailboxes, the quarantine, and the outbox (admins). */
export async function mailRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["mail"];
  app.get(
    "/api/v1/mail/quarantine",
    {
      schema: {
        tags,
        summary: "Mail waiting in quarantine, oldest first, with the reason (admin)",
        response: { 200: z.object({ items: z.array(QuarantinedMailDto) }) },
      },
    },
    async (request) => ({ items: await listQuarantine(deps, actorOf(request)) }),
  );
  app.post(
    "/api/v1/mail/quarantine/:id/release",
    {
      schema: {
        tags,
        summary: "Release a quarantined mail into a new ticket for the requester named (admin)",
        params: Id,
        body: ReleaseBody,
        response: { 200: z.object({ ticketId: z.string(), number: z.number().int() }) },
      },
    },
    async (request) => releaseQuarantined(deps, actorOf(request), request.params.id, request.body),
  );
  app.get(
    "/api/v1/mail/quarantine/:id/original",
    {
      schema: { tags, summary: "The quarantined mail's raw bytes as they arrived, as plain text (admin)", params: Id },
    },
    async (request, reply) => {
      const raw = await readQuarantined(deps, actorOf(request), request.params.id);
      // Shown as text, never rendered: the mail may be hostile HTML.
      return reply
        .header("content-type", "text/plain; charset=utf-8")
        .header("x-content-type-options", "nosniff")
        .send(raw);
    },
  );
  app.post(
    "/api/v1/mail/quarantine/:id/discard",
    {
      schema: {
        tags,
        summary: "Discard a quarantined mail (kept, marked discarded; admin)",
        params: Id,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await discardQuarantined(deps, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
  app.get(
    "/api/v1/mail/outbox",
    {
      schema: {
        tags,
        summary: "Mail about tickets, newest first: queued (local outbox), sent or failed (admin)",
        response: { 200: z.object({ items: z.array(OutboundMailDto) }) },
      },
    },
    async (request) => ({ items: await listOutbox(deps, actorOf(request)) }),
  );
  app.get(
    "/api/v1/mail/mailboxes",
    { schema: { tags, summary: "Every mailbox (admin)", response: { 200: z.object({ items: z.array(MailboxDto) }) } } },
    async (request) => ({ items: await listMailboxes(deps, actorOf(request)) }),
  );
  app.post(
    "/api/v1/mail/mailboxes",
    { schema: { tags, summary: "Add a mailbox (admin)", body: MailboxBody, response: { 201: MailboxDto } } },
    async (request, reply) => reply.code(201).send(await createMailbox(deps, actorOf(request), request.body)),
  );
  app.patch(
    "/api/v1/mail/mailboxes/:id",
    {
      schema: {
        tags,
        summary: "Change a mailbox (admin)",
        params: Id,
        body: MailboxChangeBody,
        response: { 200: MailboxDto },
      },
    },
    async (request) => updateMailbox(deps, actorOf(request), request.params.id, request.body),
  );
  app.delete(
    "/api/v1/mail/mailboxes/:id",
    {
      schema: {
        tags,
        summary:
          "Delete a mailbox: it takes no more mail, its IMAP lease is released, the tickets it made keep their mail (admin, audited)",
        params: Id,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteMailbox(deps, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
  app.get(
    "/api/v1/mail/bouncing",
    {
      schema: {
        tags,
        summary: "Addresses our mail bounced from, latest first (admin)",
        response: { 200: z.object({ items: z.array(BouncingAddressDto) }) },
      },
    },
    async (request) => ({ items: await listBouncing(deps, actorOf(request)) }),
  );
  app.delete(
    "/api/v1/mail/bouncing/:address",
    {
      schema: {
        tags,
        summary: "Clear a bouncing address: mail goes to it again (admin, audited)",
        params: z.object({ address: z.email().max(254) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await clearBouncing(deps, actorOf(request), request.params.address);
      return reply.code(204).send(null);
    },
  );
  app.get(
    "/api/v1/tickets/:id/mail",
    {
      schema: {
        tags,
        summary:
          "The mail behind a ticket (staff): inbound with sender, recipients, Cc and folded quotes; outbound with delivery state",
        params: Id,
        response: { 200: z.object({ inbound: z.array(InboundMailDto), outbound: z.array(TicketOutboundMailDto) }) },
      },
    },
    async (request) => getTicketMail(deps, actorOf(request), request.params.id),
  );
}
