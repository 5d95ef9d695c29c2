import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { TicketDto } from "../../tickets/ticket/ticket.present.ts";
import { presentWithSla, Text, TicketRef } from "../../tickets/ticket/ticket.routes.ts";
import { escalateTicket } from "./escalate-ticket.ts";
import { ESCALATION_KINDS, EscalationDto, presentEscalation } from "./escalation.present.ts";
import { listEscalations } from "./list-escalations.ts";
import { listTicketEscalations } from "./list-ticket-escalations.ts";
import { Instant } from "../../shared/instant.ts";
import { storableText } from "../../shared/storable-text.ts";

const EscalateBody = z.strictObject({
  reason: Text().trim().min(1).max(500),
  toGroupId: z.uuid().optional().describe("Functional escalation: hand the ticket to this group"),
  notify: z.array(z.uuid()).max(20).optional().describe("Hierarchical escalation: people (staff) told in the app"),
  raisePriority: z.boolean().optional().describe("Raise the priority one step"),
});

const LogQuery = z.strictObject({
  from: Instant.optional().describe("At or after this instant"),
  to: Instant.optional().describe("Before this instant"),
  kind: z.enum(ESCALATION_KINDS).optional(),
  groupId: z.uuid().optional().describe("Escalations from or to this group"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: storableText().max(200).optional(),
});

/** A ticket's escalations, escalating by hand, and the escalation log (a ticket's SLA: clock/ticket-sla.routes.ts). */
export async function escalationRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["sla"];
  app.get(
    "/api/v1/tickets/:id/escalations",
    {
      schema: {
        tags,
        summary: "The ticket's escalations, newest first (staff)",
        params: TicketRef,
        response: { 200: z.object({ items: z.array(EscalationDto) }) },
      },
    },
    async (request) => ({
      items: (await listTicketEscalations(deps, actorOf(request), request.params.id)).map(presentEscalation),
    }),
  );

  app.post(
    "/api/v1/tickets/:id/escalations",
    {
      schema: {
        tags,
        summary: "Escalate a ticket by hand (staff): to another group, to people, and/or up one priority",
        params: TicketRef,
        body: EscalateBody,
        response: { 201: z.object({ items: z.array(EscalationDto), ticket: TicketDto }) },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const done = await escalateTicket(deps, actor, request.params.id, request.body);
      return reply
        .status(201)
        .send({ items: done.records.map(presentEscalation), ticket: await presentWithSla(deps, actor, done.ticket) });
    },
  );

  app.get(
    "/api/v1/escalations",
    {
      schema: {
        tags,
        summary: "Every escalation, newest first, by time, kind and group (managers and admins)",
        querystring: LogQuery,
        response: {
          200: z.object({
            items: z.array(EscalationDto.extend({ ticketNumber: z.number().int() })),
            nextCursor: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const page = await listEscalations(deps, actorOf(request), request.query);
      return {
        items: page.items.map((r) => ({ ...presentEscalation(r.escalation), ticketNumber: r.ticketNumber })),
        nextCursor: page.nextCursor,
      };
    },
  );
}
