import { z } from "zod";
import type { Deps } from "../context.ts";
import { actorOf } from "../identity/session.routes.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { IMPACTS, PRIORITIES, STATUSES, TICKET_TYPES, URGENCIES } from "../shared/enums.ts";
import { Instant } from "../shared/instant.ts";
import { storableText } from "../shared/storable-text.ts";
import { TicketRef } from "../tickets/ticket/ticket.routes.ts";
import type { CallView } from "./call.store.ts";
import { listTicketCalls } from "./list-ticket-calls.ts";
import { CALL_DIRECTIONS, CALL_OUTCOMES, logCall, MAX_CALL_SECONDS } from "./log-call.ts";
import { CHAT_INTERACTION_CHANNELS, logChatInteraction } from "./log-chat-interaction.ts";
import { lookupCaller } from "./lookup-caller.ts";
import { IdempotencyHeaders } from "../platform/http/idempotency.ts";

export const CallDto = z
  .object({
    id: z.uuid(),
    ticketId: z.uuid(),
    ticketNumber: z.number().int(),
    callerId: z.uuid().nullable(),
    callerName: z.string().nullable().describe("The caller's name when they were identified"),
    callerNumber: z.string().describe("Normalised: separators removed, 00 read as +"),
    direction: z.enum(CALL_DIRECTIONS),
    agentId: z.uuid().nullable(),
    agentName: z.string().nullable(),
    startedAt: z.string(),
    durationSeconds: z.number().int(),
    notes: z.string(),
    outcome: z.enum(CALL_OUTCOMES),
    createdAt: z.string(),
  })
  .meta({ id: "Call" });

export function presentCall(v: CallView): z.infer<typeof CallDto> {
  const c = v.call;
  return {
    id: c.id,
    ticketId: c.ticketId,
    ticketNumber: v.ticketNumber,
    callerId: c.callerId,
    callerName: v.callerName,
    callerNumber: c.callerNumber,
    direction: c.direction,
    agentId: c.agentId,
    agentName: v.agentName,
    startedAt: c.startedAt.toISOString(),
    durationSeconds: c.durationSeconds,
    notes: c.notes,
    outcome: c.outcome,
    createdAt: c.createdAt.toISOString(),
  };
}

const Match = z.object({
  person: z.object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    organizationId: z.uuid(),
    organizationName: z.string(),
  }),
  openTickets: z.array(
    z.object({
      id: z.uuid(),
      number: z.number().int(),
      subject: z.string(),
      status: z.enum(STATUSES),
      priority: z.enum(PRIORITIES),
    }),
  ),
});

const LookupQuery = z.strictObject({
  number: storableText().max(40).describe("As typed: +92 300 1234567, 0300-1234567, (021) 111 000 111 …"),
});

const LogCallBody = z.strictObject({
  callerNumber: storableText().max(40).describe("The number the call came from (inbound) or went to (outbound)"),
  callerId: z.uuid().optional().describe("The person on the line; required for new_ticket and resolved_on_call"),
  direction: z.enum(CALL_DIRECTIONS).optional().describe("Default inbound"),
  startedAt: Instant.optional().describe("Default: now minus the duration"),
  durationSeconds: z.number().int().min(0).max(MAX_CALL_SECONDS),
  notes: storableText()
    .trim()
    .min(1)
    .max(10_000)
    .describe(
      "What the caller said (the request of the ticket a call opens, in their words) and what was done; kept on the call record",
    ),
  outcome: z.enum(CALL_OUTCOMES),
  ticketId: z
    .union([
      z.uuid(),
      z.number().int().min(1).max(999_999_999),
      z.string().regex(/^#?\d{1,9}$/, "a ticket id or number"),
    ])
    .transform((v) => String(v))
    .optional()
    .describe("The ticket the call was about (id or number); required for updated_ticket"),
  subject: storableText().trim().min(1).max(200).optional().describe("Required for new_ticket and resolved_on_call"),
  description: storableText()
    .max(50_000)
    .optional()
    .describe("The request as the requester sees it, when it should differ from the notes; default: the notes"),
  type: z.enum(TICKET_TYPES).optional().describe("Default incident"),
  categoryId: z.uuid().nullish(),
  impact: z.enum(IMPACTS).optional().describe("Required for new_ticket and resolved_on_call"),
  urgency: z.enum(URGENCIES).optional().describe("Required for new_ticket and resolved_on_call"),
  assignToMe: z
    .boolean()
    .optional()
    .describe(
      "new_ticket and resolved_on_call: the agent who took the call is the assignee (default true); false leaves it to routing",
    ),
});

const LogChatInteractionBody = z
  .strictObject({
    channel: z.enum(CHAT_INTERACTION_CHANNELS).describe("Where it was held: a WhatsApp group outside the API, a chat"),
    requesterId: z.uuid().describe("Who asked"),
    askedAt: Instant.describe("When they asked: the ticket's request instant, from which its clocks run"),
    question: storableText().trim().min(1).max(10_000).describe("What they asked, in their words"),
    subject: storableText().trim().min(1).max(200),
    answeredAt: Instant.optional().describe("When the desk answered in the chat: the first response"),
    answer: storableText().trim().min(1).max(10_000).optional().describe("The answer given; with answeredAt"),
    type: z.enum(TICKET_TYPES).optional().describe("Default incident"),
    impact: z.enum(IMPACTS),
    urgency: z.enum(URGENCIES),
  })
  .meta({ id: "LogChatInteraction" });

/**
 * The telephone desk: who is calling, logging a call with its ticket work, and a ticket's calls; and its twin for
 * chats held outside the desk, logged by hand.
 */
export async function callRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["calls"];
  app.get(
    "/api/v1/calls/lookup",
    {
      schema: {
        tags,
        summary:
          "Who is calling from this number (staff): people whose phone is the same line (last 10 digits), with their open tickets",
        querystring: LookupQuery,
        response: { 200: z.object({ number: z.string(), matches: z.array(Match) }) },
      },
    },
    async (request) => lookupCaller(deps, actorOf(request), request.query.number),
  );

  app.post(
    "/api/v1/calls",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          "Log a telephone call (staff): open a ticket, resolve one on the call, or add the notes to one — in one transaction",
        headers: IdempotencyHeaders,
        body: LogCallBody,
        response: {
          201: z.object({
            call: CallDto,
            ticket: z.object({ id: z.uuid(), number: z.number().int(), status: z.enum(STATUSES) }),
          }),
        },
      },
    },
    async (request, reply) => {
      const logged = await logCall(deps, actorOf(request), request.body);
      return reply.status(201).send({ call: presentCall(logged.call), ticket: logged.ticket });
    },
  );

  app.post(
    "/api/v1/chat-interactions",
    {
      config: { idempotent: true },
      schema: {
        tags: ["calls", "chat"],
        summary:
          "Log by hand a chat interaction held outside the desk (staff): a ticket asked at askedAt, answered at answeredAt",
        headers: IdempotencyHeaders,
        body: LogChatInteractionBody,
        response: {
          201: z.object({
            ticket: z.object({ id: z.uuid(), number: z.number().int(), status: z.enum(STATUSES) }),
          }),
        },
      },
    },
    async (request, reply) => reply.status(201).send(await logChatInteraction(deps, actorOf(request), request.body)),
  );

  app.get(
    "/api/v1/tickets/:id/calls",
    {
      schema: {
        tags,
        summary: "The ticket's telephone calls, newest first (staff)",
        params: TicketRef,
        response: { 200: z.object({ items: z.array(CallDto) }) },
      },
    },
    async (request) => ({ items: (await listTicketCalls(deps, actorOf(request), request.params.id)).map(presentCall) }),
  );
}
