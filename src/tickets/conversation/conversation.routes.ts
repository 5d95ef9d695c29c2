import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { CHANNELS } from "../../shared/enums.ts";
import { addNote } from "./add-note.ts";
import { replyToTicket } from "./reply-to-ticket.ts";
import { TicketDto } from "../ticket/ticket.present.ts";
import { presentWithSla, Text, TicketRef } from "../ticket/ticket.routes.ts";
import { IdempotencyHeaders } from "../../platform/http/idempotency.ts";

const MessageBody = z.strictObject({
  body: Text().trim().min(1).max(50_000),
  channel: z.enum(CHANNELS).optional().describe("Where the message was exchanged (a logged call is phone)"),
  attachmentIds: z.array(z.uuid()).max(10).optional(),
  version: z.number().int().min(1).optional().describe("When given, refused with 409 if the ticket moved on"),
});

/** Replies and internal notes (attachments: attachments/attachment.routes.ts). */
export async function conversationRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["conversation"];
  app.post(
    "/api/v1/tickets/:id/replies",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "Public reply (the requester sees it)",
        params: TicketRef,
        headers: IdempotencyHeaders,
        body: MessageBody,
        response: { 201: TicketDto },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const ticket = await replyToTicket(deps, actor, request.params.id, request.body);
      return reply.status(201).send(await presentWithSla(deps, actor, ticket));
    },
  );

  app.post(
    "/api/v1/tickets/:id/notes",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "Internal note (staff only)",
        params: TicketRef,
        headers: IdempotencyHeaders,
        body: MessageBody,
        response: { 201: TicketDto },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const ticket = await addNote(deps, actor, request.params.id, request.body);
      return reply.status(201).send(await presentWithSla(deps, actor, ticket));
    },
  );
}
