import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { getTicket } from "../ticket/get-ticket.ts";
import { ticketError } from "../ticket.errors.ts";
import { authorize } from "../ticket/ticket.policy.ts";
import { TicketRef } from "../ticket/ticket.routes.ts";
import { contentDisposition } from "./attachment-file.ts";
import { getAttachment, listAttachments } from "./read-attachments.ts";
import { uploadAttachment } from "./upload-attachment.ts";

const AttachmentDto = z
  .object({
    id: z.uuid(),
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: "Attachment" });

export function presentAttachment(a: {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: Date;
}) {
  return {
    id: a.id,
    filename: a.filename,
    contentType: a.contentType,
    size: a.size,
    sha256: a.sha256,
    createdAt: a.createdAt.toISOString(),
  };
}

/** What reading an upload failed on, as the file field's problem (a 500 would blame us for the client's body). */
function uploadProblem(error: unknown): unknown {
  const e = error as { code?: string; statusCode?: number };
  if (e.code === "FST_REQ_FILE_TOO_LARGE") return ticketError("ATTACHMENT_TOO_LARGE", "body.file");
  if (typeof e.statusCode === "number" && e.statusCode < 500) return error; // the plugin's own part/field limits
  return ticketError("MALFORMED_UPLOAD", "body"); // no boundary, a truncated body, a broken part header
}

/** The file of a multipart/form-data request. */
export async function readUpload(
  request: FastifyRequest,
): Promise<{ filename: string; bytes: Buffer; declaredType: string }> {
  if (!request.isMultipart()) throw ticketError("ATTACHMENT_FILE_MISSING", "body.file");
  const part = await request.file().catch((error: unknown) => Promise.reject(uploadProblem(error)));
  if (!part) throw ticketError("ATTACHMENT_FILE_MISSING", "body.file");
  const bytes = await part.toBuffer().catch((error: unknown) => Promise.reject(uploadProblem(error)));
  return { filename: part.filename, bytes, declaredType: part.mimetype };
}

/** Files on a ticket: uploading one (to reference from a reply or note), listing and downloading them. */
export async function attachmentRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["conversation"];
  app.post(
    "/api/v1/tickets/:id/attachments",
    {
      schema: {
        tags,
        summary: "Upload a file (multipart/form-data, field `file`); reference its id in a reply or note",
        params: TicketRef,
        response: { 201: AttachmentDto },
      },
    },
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
    {
      schema: {
        tags,
        summary:
          "The ticket's attachments you may see (requesters: those on public replies, and their own not yet sent)",
        params: TicketRef,
        response: { 200: z.object({ items: z.array(AttachmentDto) }) },
      },
    },
    async (request) => ({
      items: (await listAttachments(deps, actorOf(request), request.params.id)).map(presentAttachment),
    }),
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
