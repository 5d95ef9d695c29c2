import { z } from "zod";
import { isStaff, type Actor } from "../../identity/actor.ts";
import { CHANNELS, IMPACTS, PRIORITIES, STATUSES, TICKET_TYPES, URGENCIES } from "../../shared/enums.ts";
import type { FieldChange, PublicIncidentData, TicketEvent, TicketFields, TicketState } from "./events.ts";
import { abilities } from "./ticket.policy.ts";
import { nextStatuses } from "./ticket.ts";
import { actorSeesEvent, REQUESTER_FIELDS } from "./requester-view.policy.ts";
import type { SlaGlance } from "./sla-glance.store.ts";
import { VISIT_ACTIONS, type VisitEventData } from "../visits/visit.ts";
import type { WorkTime } from "../work-time/work-time.ts";

const WorkTimeOfKind = z.object({
  seconds: z.number().int().describe("Time spent, a running stretch counted up to measuredAt"),
  count: z.number().int().describe("How many sessions, visits on site or trips"),
  running: z.boolean().describe("One is under way now"),
});

export const TicketDto = z
  .object({
    id: z.uuid(),
    number: z.number().int().describe("Readable number, shown as #10001"),
    subject: z.string(),
    description: z.string(),
    type: z.enum(TICKET_TYPES),
    categoryId: z.uuid().nullable(),
    impact: z.enum(IMPACTS),
    urgency: z.enum(URGENCIES),
    priority: z.enum(PRIORITIES),
    priorityOverride: z.string().nullable().describe("Reason given when the priority was set against the matrix"),
    status: z.enum(STATUSES),
    requesterId: z.uuid(),
    organizationId: z.uuid(),
    groupId: z.uuid().nullable(),
    assigneeId: z.uuid().nullable(),
    channel: z.enum(CHANNELS),
    tags: z.array(z.string()),
    parentId: z.uuid().nullable(),
    version: z.number().int().describe("Send it back on updates; a stale one gets 409"),
    createdAt: z.string(),
    updatedAt: z.string(),
    resolvedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    sla: z
      .object({
        responseDueAt: z.string().nullable().describe("When a running first-response clock is due"),
        resolutionDueAt: z.string().nullable().describe("When a running resolution clock is due"),
        breached: z.boolean(),
      })
      .nullable()
      .describe("The SLA at a glance (null when no policy applies); GET /tickets/{id}/sla explains every clock"),
    workTime: z
      .object({
        remote: WorkTimeOfKind.describe("Remote sessions, from their start to their end"),
        onsite: WorkTimeOfKind.describe("Visits, from check-in to check-out"),
        travel: WorkTimeOfKind.describe("Travel to visits, from travel start to arrival (or cancellation on the way)"),
        measuredAt: z
          .string()
          .nullable()
          .describe("The instant running stretches were measured up to; null when none runs (the figures are final)"),
      })
      .optional()
      .describe("Time spent on the ticket by kind of work; only in GET /tickets/{id}"),
    abilities: z.object({
      read: z.boolean(),
      reply: z.boolean(),
      note: z.boolean(),
      update: z.boolean(),
      attach: z.boolean(),
      statuses: z
        .array(z.enum(STATUSES))
        .describe("The statuses this caller may move the ticket to now (none without update)"),
    }),
  })
  .meta({ id: "Ticket" });
export type TicketDto = z.infer<typeof TicketDto>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A ticket as the API shows it to this actor, with what they may do to it. */
export function presentTicket(
  actor: Actor,
  ticket: TicketState & { id: string; number: number },
  sla: SlaGlance | null = null,
): TicketDto {
  // Override reasons and tags are the desk's internal vocabulary; requesters see neither.
  const staff = isStaff(actor);
  return {
    id: ticket.id,
    number: ticket.number,
    subject: ticket.subject,
    description: ticket.description,
    type: ticket.type,
    categoryId: ticket.categoryId,
    impact: ticket.impact,
    urgency: ticket.urgency,
    priority: ticket.priority,
    priorityOverride: staff ? ticket.priorityOverride : null,
    status: ticket.status,
    requesterId: ticket.requesterId,
    organizationId: ticket.organizationId,
    groupId: ticket.groupId,
    assigneeId: ticket.assigneeId,
    channel: ticket.channel,
    tags: staff ? ticket.tags : [],
    parentId: ticket.parentId,
    version: ticket.version,
    createdAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
    resolvedAt: iso(ticket.resolvedAt),
    closedAt: iso(ticket.closedAt),
    sla: sla && {
      responseDueAt: iso(sla.responseDueAt),
      resolutionDueAt: iso(sla.resolutionDueAt),
      breached: sla.breached,
    },
    abilities: ticketAbilities(actor, ticket),
  };
}

/** The time spent on a ticket by kind of work, as the ticket DTO carries it. */
export function presentWorkTime(work: WorkTime, measuredAt: Date): NonNullable<TicketDto["workTime"]> {
  // Only a running stretch depends on when it was read: a ticket whose work is all finished reads the same every time.
  const running = work.remote.running || work.onsite.running || work.travel.running;
  return {
    remote: work.remote,
    onsite: work.onsite,
    travel: work.travel,
    measuredAt: running ? measuredAt.toISOString() : null,
  };
}

function ticketAbilities(actor: Actor, ticket: TicketState & { id: string }): TicketDto["abilities"] {
  const may = abilities(actor, ticket);
  return { ...may, statuses: may.update ? [...nextStatuses(ticket.status)] : [] };
}

// The history as the API shows it: one shape per event type (a discriminated union on `type`), each event's data
// built field by field, so only what is named here leaves and the generated web types say exactly what arrives.
const EventBase = { seq: z.number().int(), actorId: z.string().nullable(), at: z.string() };
const CreatedFields = z.object({
  subject: z.string(),
  description: z.string(),
  type: z.enum(TICKET_TYPES),
  priority: z.enum(PRIORITIES),
  status: z.enum(STATUSES),
  channel: z.enum(CHANNELS),
  // Staff only: requesters read the fields above.
  categoryId: z.string().nullable().optional(),
  impact: z.enum(IMPACTS).optional(),
  urgency: z.enum(URGENCIES).optional(),
  priorityOverride: z.string().nullable().optional(),
  requesterId: z.string().optional(),
  organizationId: z.string().optional(),
  groupId: z.string().nullable().optional(),
  assigneeId: z.string().nullable().optional(),
  tags: z.array(z.string()).optional(),
  parentId: z.string().nullable().optional(),
});
const MessageDto = z.object({
  body: z.string(),
  channel: z.enum(CHANNELS),
  attachmentIds: z.array(z.string()),
  fromStaff: z.boolean(),
  automatic: z.boolean().optional().describe("An automatic acknowledgement, never counted as a response"),
  followerIds: z.array(z.string()).optional(),
});
const RequesterRef = z.object({ requesterId: z.string(), organizationId: z.string() });

export const EventDto = z
  .discriminatedUnion("type", [
    z.object({
      ...EventBase,
      type: z.literal("created"),
      data: z.object({
        fields: CreatedFields,
        fromStaff: z.boolean().optional().describe("Opened by an agent (staff only)"),
        recordedBy: z.string().optional().describe("The agent who wrote the request down for the requester"),
        followerIds: z.array(z.string()).optional(),
      }),
    }),
    z.object({
      ...EventBase,
      type: z.literal("changed"),
      data: z.object({
        changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
        reason: z.string().nullable(),
      }),
    }),
    z.object({ ...EventBase, type: z.literal("replied"), data: MessageDto }),
    z.object({ ...EventBase, type: z.literal("noted"), data: MessageDto }),
    z.object({
      ...EventBase,
      type: z.literal("requester_linked"),
      data: z.object({ from: RequesterRef, to: RequesterRef, via: z.enum(["confirmation", "agent"]) }),
    }),
    z.object({
      ...EventBase,
      type: z.literal("public_incident"),
      data: z.discriminatedUnion("action", [
        z.object({ action: z.literal("published"), title: z.string() }),
        z.object({ action: z.literal("update"), updateId: z.string(), body: z.string() }),
        z.object({ action: z.literal("unpublished") }),
      ]),
    }),
    z.object({
      ...EventBase,
      type: z.literal("visit"),
      data: z
        .object({ action: z.enum(VISIT_ACTIONS), visitId: z.string() })
        .catchall(z.unknown())
        .describe("An onsite visit's step; to requesters without its notes, reasons and warnings"),
    }),
    z.object({
      ...EventBase,
      type: z.literal("remote_session"),
      data: z.object({
        sessionId: z.uuid(),
        tool: z.string(),
        action: z.enum(["requested", "consented", "started", "ended"]),
        via: z.enum(["portal", "phone"]).optional(),
        outcome: z.enum(["resolved", "partly_resolved", "not_resolved", "cancelled"]).optional(),
      }),
    }),
    z.object({
      ...EventBase,
      type: z.literal("whatsapp_template"),
      data: z
        .object({ messageId: z.uuid(), name: z.string(), language: z.string(), parameters: z.array(z.string()) })
        .describe("An approved WhatsApp template sent to the customer; its delivery is the WhatsApp message's"),
    }),
  ])
  .meta({ id: "TicketEvent" });
export type EventDto = z.infer<typeof EventDto>;

const message = (d: Extract<TicketEvent, { type: "replied" | "noted" }>["data"]): z.infer<typeof MessageDto> => ({
  body: d.body,
  channel: d.channel,
  attachmentIds: d.attachmentIds,
  fromStaff: d.fromStaff,
  ...(d.automatic !== undefined ? { automatic: d.automatic } : {}),
  ...(d.followerIds !== undefined ? { followerIds: d.followerIds } : {}),
});

const change = (c: FieldChange) => ({ field: c.field, from: c.from, to: c.to });

const createdFields = (f: TicketFields): z.infer<typeof CreatedFields> => ({
  subject: f.subject,
  description: f.description,
  type: f.type,
  priority: f.priority,
  status: f.status,
  channel: f.channel,
  categoryId: f.categoryId,
  impact: f.impact,
  urgency: f.urgency,
  priorityOverride: f.priorityOverride,
  requesterId: f.requesterId,
  organizationId: f.organizationId,
  groupId: f.groupId,
  assigneeId: f.assigneeId,
  tags: f.tags,
  parentId: f.parentId,
});

function incident(d: PublicIncidentData): Extract<EventDto, { type: "public_incident" }>["data"] {
  switch (d.action) {
    case "published":
      return { action: "published", title: d.title };
    case "update":
      return { action: "update", updateId: d.updateId, body: d.body };
    case "unpublished":
      return { action: "unpublished" };
  }
}

/** A visit event as the visited requester reads it: what and when, never the staff's notes or reasons. */
function visitForRequester(d: VisitEventData): Extract<EventDto, { type: "visit" }>["data"] {
  const {
    notes: _notes,
    reason: _reason,
    warnings: _warnings,
    ...rest
  } = d as Partial<Record<"notes" | "reason" | "warnings", unknown>> & VisitEventData;
  return rest;
}

const requesterRef = (r: { requesterId: string; organizationId: string }) => ({
  requesterId: r.requesterId,
  organizationId: r.organizationId,
});

/** One event as this actor may read it, or undefined when nothing of it is theirs to see. */
function presentEvent(actor: Actor, event: TicketEvent & { seq: number }): EventDto | undefined {
  if (!actorSeesEvent(actor, event)) return undefined;
  const base = { seq: event.seq, actorId: event.actorId, at: event.at.toISOString() };
  const staff = isStaff(actor);
  switch (event.type) {
    case "created": {
      const { subject, description, type, priority, status, channel } = event.data.fields;
      if (!staff)
        return {
          ...base,
          type: "created",
          data: { fields: { subject, description, type, priority, status, channel } },
        };
      const { fromStaff, recordedBy, followerIds } = event.data;
      return {
        ...base,
        type: "created",
        data: {
          fields: createdFields(event.data.fields),
          fromStaff,
          ...(recordedBy !== undefined ? { recordedBy } : {}),
          ...(followerIds !== undefined ? { followerIds } : {}),
        },
      };
    }
    case "changed": {
      if (staff)
        return {
          ...base,
          type: "changed",
          data: { changes: event.data.changes.map(change), reason: event.data.reason },
        };
      const changes = event.data.changes.filter((c) => REQUESTER_FIELDS.has(c.field));
      if (changes.length === 0) return undefined;
      return { ...base, type: "changed", data: { changes: changes.map(change), reason: null } };
    }
    case "replied":
    case "noted":
      return { ...base, type: event.type, data: message(event.data) };
    case "requester_linked":
      return {
        ...base,
        type: "requester_linked",
        data: { from: requesterRef(event.data.from), to: requesterRef(event.data.to), via: event.data.via },
      };
    case "public_incident":
      return { ...base, type: "public_incident", data: incident(event.data) };
    case "visit":
      return { ...base, type: "visit", data: staff ? { ...event.data } : visitForRequester(event.data) };
    case "remote_session":
      return { ...base, type: "remote_session", data: { ...event.data } };
    case "whatsapp_template":
      return { ...base, type: "whatsapp_template", data: { ...event.data, parameters: [...event.data.parameters] } };
  }
}

/** The history as this actor may see it: what the requester-view policy keeps from requesters is left out. */
export function presentEvents(actor: Actor, events: ReadonlyArray<TicketEvent & { seq: number }>): EventDto[] {
  return events.flatMap((event) => presentEvent(actor, event) ?? []);
}
