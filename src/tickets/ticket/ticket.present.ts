import { z } from "zod";
import { isStaff, type Actor } from "../../identity/actor.ts";
import { CHANNELS, IMPACTS, PRIORITIES, STATUSES, TICKET_TYPES, URGENCIES } from "../../shared/enums.ts";
import type { TicketEvent, TicketState } from "./events.ts";
import { abilities } from "./ticket.policy.ts";
import { nextStatuses } from "./ticket.ts";
import { actorSeesEvent, REQUESTER_FIELDS } from "./requester-view.policy.ts";
import type { SlaGlance } from "./sla-glance.store.ts";

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

function ticketAbilities(actor: Actor, ticket: TicketState & { id: string }): TicketDto["abilities"] {
  const may = abilities(actor, ticket);
  return { ...may, statuses: may.update ? [...nextStatuses(ticket.status)] : [] };
}

export const EventDto = z
  .object({
    seq: z.number().int(),
    type: z.enum(["created", "changed", "replied", "noted", "requester_linked", "public_incident"]),
    actorId: z.string().nullable(),
    at: z.string(),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "TicketEvent" });
export type EventDto = z.infer<typeof EventDto>;

/** The history as this actor may see it: what the requester-view policy keeps from requesters is left out. */
export function presentEvents(actor: Actor, events: ReadonlyArray<TicketEvent & { seq: number }>): EventDto[] {
  const staff = isStaff(actor);
  const out: EventDto[] = [];
  for (const event of events) {
    if (!actorSeesEvent(actor, event)) continue;
    let data = event.data as Record<string, unknown>;
    if (!staff && event.type === "changed") {
      const changes = event.data.changes.filter((c) => REQUESTER_FIELDS.has(c.field));
      if (changes.length === 0) continue;
      data = { changes, reason: null };
    }
    if (!staff && event.type === "created") {
      const { subject, description, type, priority, status, channel } = event.data.fields;
      data = { fields: { subject, description, type, priority, status, channel } };
    }
    out.push({ seq: event.seq, type: event.type, actorId: event.actorId, at: event.at.toISOString(), data });
  }
  return out;
}
