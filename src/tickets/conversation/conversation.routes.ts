import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { CHANNELS } from "../../shared/enums.ts";
import { contentDisposition } from "../attachments/attachment-file.ts";
import { addNote, replyToTicket } from "./reply-to-ticket.ts";
import { getTicket } from "../ticket/get-ticket.ts";
import { ticketError } from "../ticket.errors.ts";
import { authorize } from "../ticket/ticket.policy.ts";
import { TicketDto } from "../ticket/ticket.present.ts";
import { presentWithSla, Text, TicketRef } from "../ticket/ticket.routes.ts";
import { uploadAttachment } from "../attachments/upload-attachment.ts";
import { IdempotencyHeaders } from "../../platform/http/idempotency.ts";
import { getAttachment, listAttachments } from "../attachments/read-attachments.ts";

const MessageBody = z.strictObject({
  body: Text().trim().min(1).max(50_000),
  channel: z.enum(CHANNELS).optional().describe("Where the message was exchanged (a logged call is phone)"),
  attachmentIds: z.array(z.uuid()).max(10).optional(),
  version: z.number().int().min(1).optional().describe("When given, refused with 409 if the ticket moved on"),
});

const AttachmentDto = z
  .object({ id: z.uuid(), filename: z.string(), contentType: z.string(), size: z.number().int(), sha256: z.string(), createdAt: z.string() })
  .meta({ id: "Attachment" });

function presentAttachment(a: { id: string; filename: string; contentType: string; size: number; sha256: string; createdAt: Date }) {
  return { id: a.id, filename: a.filename, contentType: a.contentType, size: a.size, sha256: a.sha256, createdAt: a.createdAt.toISOString() };
}

/** What reading an upload failed on, as the file field's problem (a 500 would blame us for the client's body). */
function uploadProblem(error: unknown): unknown {
  const e = error as { code?: string; statusCode?: number };
  if (e.code === "FST_REQ_FILE_TOO_LARGE") return ticketError("ATTACHMENT_TOO_LARGE", "body.file");
  if (typeof e.statusCode === "number" && e.statusCode < 500) return error; // the plugin's own part/field limits
  return ticketError("MALFORMED_UPLOAD", "body"); // no boundary, a truncated body, a broken part header
}

/** The file of a multipart/form-data request. */
async function readUpload(request: FastifyRequest): Promise<{ filename: string; bytes: Buffer; declaredType: string }> {
  if (!request.isMultipart()) throw ticketError("ATTACHMENT_FILE_MISSING", "body.file");
  const part = await request.file().catch((error: unknown) => Promise.reject(uploadProblem(error)));
  if (!part) throw ticketError("ATTACHMENT_FILE_MISSING", "body.file");
  const bytes = await part.toBuffer().catch((error: unknown) => Promise.reject(uploadProblem(error)));
  return { filename: part.filename, bytes, declaredType: part.mimetype };
}

/** Replies, internal notes and attachments. */
export async function conversationRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["conversation"];
  for (const [path, summary, act] of [
    ["replies", "Public reply (the requester sees it)", replyToTicket],
    ["notes", "Internal note (staff only)", addNote],
  ] as const) {
    app.post(
      `/api/v1/tickets/:id/${path}`,
      { config: { idempotent: true }, schema: { tags, summary, params: TicketRef, headers: IdempotencyHeaders, body: MessageBody, response: { 201: TicketDto } } },
      async (request, reply) => {
        const actor = actorOf(request);
        const ticket = await getTicket(deps, actor, request.params.id);
        const state = await act(deps, actor, ticket.id, request.body);
        return reply.status(201).send(await presentWithSla(deps, actor, { id: ticket.id, number: ticket.number, ...state }));
      },
    );
  }

  app.post(
    "/api/v1/tickets/:id/attachments",
    { schema: { tags, summary: "Upload a file (multipart/form-data, field `file`); reference its id in a reply or note", params: TicketRef, response: { 201: AttachmentDto } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const ticket = await getTicket(deps, actor, request.params.id);
      authorize(actor, "attach", ticket); // before reading up to ATTACHMENT_MAX_BYTES of a file we would refuse
      const created = await uploadAttachment(deps, actor, ticket.id, await readUpload(request));
      return reply.status(201).send(presentAttachment(created));
    },
  );

  app.get(
    "/api/v1/tickets/:id/attachments",
    { schema: { tags, summary: "The ticket's attachments you may see (requesters: those on public replies, and their own not yet sent)", params: TicketRef, response: { 200: z.object({ items: z.array(AttachmentDto) }) } } },
    async (request) => ({ items: (await listAttachments(deps, actorOf(request), request.params.id)).map(presentAttachment) }),
  );

  app.get(
    "/api/v1/tickets/:id/attachments/:attachmentId",
    { schema: { tags, summary: "Download an attachment", params: TicketRef.extend({ attachmentId: z.uuid() }) } },
    async (request, reply) => {
      const file = await getAttachment(deps, actorOf(request), request.params.id, request.params.attachmentId);
      const bytes = await deps.storage.get(file.storageKey);
      // Always a download, never rendered inline: uploaded HTML or SVG must not run in our origin.
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", contentDisposition(file.filename))
        .header("x-content-type-options", "nosniff")
        .send(bytes);
    },
  );
}
