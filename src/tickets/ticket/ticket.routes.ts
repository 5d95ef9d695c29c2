import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { CHANNELS, IMPACTS, PRIORITIES, STATUSES, TICKET_TYPES, URGENCIES } from "../../shared/enums.ts";
import { OPENING_STATUSES, createTicket } from "./create-ticket.ts";
import { getTicketHistory } from "./get-ticket.ts";
import { listTickets } from "./list-tickets.store.ts";
import { TicketListQuery } from "./ticket-list-query.ts";
import { EventDto, presentEvents, presentTicket, presentWorkTime, TicketDto } from "./ticket.present.ts";
import { getTicketWithWorkTime } from "../work-time/get-ticket-work-time.ts";
import { slaGlances } from "./sla-glance.store.ts";
import { writtenSlaGlance } from "./written-sla-glance.ts";
import type { TicketState } from "./events.ts";
import type { Actor } from "../../identity/actor.ts";
import { updateTicketByRef } from "./update-ticket.ts";
import { storableText } from "../../shared/storable-text.ts";
import { toProblem } from "../../platform/http/problem.ts";
import { bulkUpdateTickets, MAX_BULK_TICKETS, MAX_TAGS, type BulkOutcome } from "./bulk-update-tickets.ts";
import { IdempotencyHeaders } from "../../platform/http/idempotency.ts";

/** A string PostgreSQL can keep (see shared/storable-text.ts). */
export const Text = storableText;

const Tag = Text().trim().min(1).max(50);
const Subject = Text().trim().min(1).max(200);
const Description = Text().max(50_000);
const Reason = Text().trim().min(1).max(500);

export const TicketRef = z.object({ id: Text().max(40).describe("Ticket id (UUID) or number (10001 or #10001)") });

const CreateTicketBody = z.strictObject({
  subject: Subject,
  description: Description,
  type: z.enum(TICKET_TYPES).default("incident"),
  categoryId: z.uuid().nullish(),
  impact: z.enum(IMPACTS),
  urgency: z.enum(URGENCIES),
  priority: z.enum(PRIORITIES).optional().describe("Staff only: overrides the impact × urgency matrix"),
  priorityReason: Reason.optional().describe("Required with a priority that differs from the matrix"),
  requesterId: z.uuid().optional().describe("Defaults to the caller"),
  channel: z.enum(CHANNELS).optional(),
  groupId: z.uuid().nullish(),
  assigneeId: z.uuid().nullish(),
  tags: z.array(Tag).max(30).optional(),
  parentId: z.uuid().nullish(),
  status: z
    .enum(OPENING_STATUSES)
    .optional()
    .describe(
      "Staff only: open the ticket in this status; in a pause status (pending, on hold) its resolution clock starts paused",
    ),
});

const UpdateTicketBody = z.strictObject({
  version: z.number().int().min(1),
  subject: Subject.optional(),
  description: Description.optional(),
  type: z.enum(TICKET_TYPES).optional(),
  categoryId: z.uuid().nullable().optional(),
  impact: z.enum(IMPACTS).optional(),
  urgency: z.enum(URGENCIES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  priorityReason: Reason.optional(),
  status: z.enum(STATUSES).optional(),
  groupId: z.uuid().nullable().optional(),
  assigneeId: z.uuid().nullable().optional(),
  tags: z.array(Tag).max(30).optional(),
  parentId: z.uuid().nullable().optional(),
  reason: Reason.optional(),
});

const BulkBody = z.strictObject({
  ticketIds: z
    .array(z.uuid())
    .min(1)
    .max(MAX_BULK_TICKETS)
    .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, "must not name a ticket twice"),
  changes: z
    .strictObject({
      status: z.enum(STATUSES).optional(),
      assigneeId: z
        .union([z.uuid(), z.literal("me")])
        .nullable()
        .optional()
        .describe("A person, me, or null to unassign"),
      groupId: z.uuid().nullable().optional(),
      priority: z.enum(PRIORITIES).optional(),
      priorityReason: Reason.optional().describe("Required with a priority that differs from the matrix"),
      addTags: z.array(Tag).min(1).max(MAX_TAGS).optional().describe("Added to each ticket's tags"),
    })
    .refine(
      (c) => Object.entries(c).some(([key, value]) => key !== "priorityReason" && value !== undefined),
      "must name at least one change",
    )
    .refine((c) => c.priorityReason === undefined || c.priority !== undefined, {
      message: "only goes with a priority",
      path: ["priorityReason"],
    }),
});

const BulkProblem = z.object({ status: z.number().int(), code: z.string(), detail: z.string() });
const BulkResult = z.union([
  z.object({ ticketId: z.string(), number: z.number().int().nullable(), ok: z.literal(true) }),
  z.object({
    ticketId: z.string(),
    number: z.number().int().nullable().describe("null when you may not see the ticket"),
    ok: z.literal(false),
    problem: BulkProblem,
  }),
]);

function presentOutcome(o: BulkOutcome): z.infer<typeof BulkResult> {
  if (o.ok) return o;
  const { status, code, detail } = toProblem(o.error);
  return { ticketId: o.ticketId, number: o.number, ok: false, problem: { status, code, detail } };
}

/**
 * A ticket as the API shows it, with its SLA glance: the one the write's transaction stored with `written` (the state
 * it returned) when known, so the answer costs no read-back; otherwise read fresh from the primary.
 */
export async function presentWithSla(
  deps: Pick<Deps, "db">,
  actor: Actor,
  ticket: Parameters<typeof presentTicket>[1],
  written: TicketState = ticket,
) {
  const known = writtenSlaGlance(written);
  if (known !== undefined) return presentTicket(actor, ticket, known ?? undefined);
  return presentTicket(actor, ticket, (await slaGlances(deps.db, [ticket.id])).get(ticket.id));
}

/** Ticket CRUD, list and history. */
export async function ticketRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["tickets"];
  app.get(
    "/api/v1/tickets",
    {
      schema: {
        tags,
        summary: "List tickets you may see",
        querystring: TicketListQuery,
        response: { 200: z.object({ items: z.array(TicketDto), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const page = await listTickets(deps, actor, request.query);
      return { items: page.items.map((t) => presentTicket(actor, t, t.sla)), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/api/v1/tickets",
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "Open a ticket",
        headers: IdempotencyHeaders,
        body: CreateTicketBody,
        response: { 201: TicketDto },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const created = await createTicket(deps, actor, request.body);
      return reply
        .status(201)
        .header("location", `/api/v1/tickets/${created.id}`)
        .send(
          await presentWithSla(
            deps,
            actor,
            { id: created.id, number: created.number, ...created.state },
            created.state,
          ),
        );
    },
  );

  app.get(
    "/api/v1/tickets/:id",
    { schema: { tags, summary: "One ticket", params: TicketRef, response: { 200: TicketDto } } },
    async (request) => {
      const actor = actorOf(request);
      const { ticket, workTime, measuredAt } = await getTicketWithWorkTime(deps, actor, request.params.id);
      return { ...(await presentWithSla(deps, actor, ticket)), workTime: presentWorkTime(workTime, measuredAt) };
    },
  );

  app.patch(
    "/api/v1/tickets/:id",
    {
      schema: {
        tags,
        summary: "Change a ticket (status, priority, assignment…) at the version you read",
        params: TicketRef,
        body: UpdateTicketBody,
        response: { 200: TicketDto },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentWithSla(deps, actor, await updateTicketByRef(deps, actor, request.params.id, request.body));
    },
  );

  app.post(
    "/api/v1/tickets/bulk",
    {
      schema: {
        tags,
        summary: "Change up to 100 tickets at once (staff): each through PATCH's rules, in its own transaction",
        description:
          "Answers 200 with one result per ticket, in the order given; a ticket you may not see is a 404 result, like one that does not exist.",
        body: BulkBody,
        response: { 200: z.object({ results: z.array(BulkResult) }) },
      },
    },
    async (request) => {
      const outcomes = await bulkUpdateTickets(deps, actorOf(request), request.body.ticketIds, request.body.changes);
      return { results: outcomes.map(presentOutcome) };
    },
  );

  app.get(
    "/api/v1/tickets/:id/events",
    {
      schema: {
        tags,
        summary: "The ticket's history, oldest first",
        params: TicketRef,
        response: { 200: z.object({ items: z.array(EventDto) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { events } = await getTicketHistory(deps, actor, request.params.id);
      return { items: presentEvents(actor, events) };
    },
  );
}
