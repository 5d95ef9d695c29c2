import { z } from "zod";
import type { Deps } from "../../context.ts";
import { isStaff, type Actor } from "../../identity/actor.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { Instant } from "../../shared/instant.ts";
import { storableText } from "../../shared/storable-text.ts";
import { TicketRef } from "../ticket/ticket.routes.ts";
import { changeVisit } from "./change-visit.ts";
import { fileVisitReport } from "./file-visit-report.ts";
import { getVisitInvitation } from "./get-visit-invitation.ts";
import { listTicketVisits, listVisits } from "./list-visits.ts";
import { recordVisitStep } from "./record-visit-step.ts";
import { scheduleVisit } from "./schedule-visit.ts";
import { VISIT_STATUSES } from "./visit.ts";
import { visitError } from "./visits.errors.ts";
import { findVisitView, type VisitRow, type VisitView } from "./visit.store.ts";

const IdParam = z.object({ id: z.uuid() });
const Reason = storableText().max(500).nullish().describe("Why: needed to book despite a warning or an overlap");
const SiteInput = z.strictObject({
  addressId: storableText().min(1).max(64).describe("One of the ticket's organization's addresses (its id)"),
  floor: storableText().max(40).nullish(),
  room: storableText().max(40).nullish(),
});

export const VisitDto = z
  .object({
    id: z.uuid(),
    ticketId: z.uuid(),
    ticketNumber: z.number().int(),
    ticketSubject: z.string(),
    technicianId: z.uuid(),
    technicianName: z.string(),
    site: z.object({
      addressId: z.string(),
      label: z.string(),
      timezone: z.string(),
      floor: z.string().nullable(),
      room: z.string().nullable(),
    }),
    windowStart: z.string(),
    windowEnd: z.string(),
    status: z.enum(VISIT_STATUSES),
    sequence: z.number().int().describe("The invitation's iCalendar SEQUENCE"),
    notes: z.string().optional().describe("Internal notes for the technician (staff only)"),
    followUpOf: z.uuid().nullable(),
    travelStartedAt: z.string().nullable(),
    arrivedAt: z.string().nullable(),
    departedAt: z.string().nullable(),
    missedAt: z.string().nullable().describe("When the window ended without the technician on site"),
    report: z.object({ workDone: z.string(), partsUsed: z.string(), signOffName: z.string() }).nullable(),
  })
  .meta({ id: "Visit" });
type VisitDto = z.infer<typeof VisitDto>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A visit as this actor reads it: requesters never see the internal notes. */
function present(actor: Actor, v: VisitView): VisitDto {
  return {
    id: v.id,
    ticketId: v.ticketId,
    ticketNumber: v.ticketNumber,
    ticketSubject: v.ticketSubject,
    technicianId: v.technicianId,
    technicianName: v.technicianName,
    site: v.site,
    windowStart: v.windowStart.toISOString(),
    windowEnd: v.windowEnd.toISOString(),
    status: v.status,
    sequence: v.sequence,
    ...(isStaff(actor) ? { notes: v.notes } : {}),
    followUpOf: v.followUpOf,
    travelStartedAt: iso(v.travelStartedAt),
    arrivedAt: iso(v.arrivedAt),
    departedAt: iso(v.departedAt),
    missedAt: iso(v.missedAt),
    report: v.report,
  };
}

/** Reads back a visit the caller just changed, as they may see it. */
async function presentRow(deps: Deps, actor: Actor, row: VisitRow): Promise<VisitDto> {
  const view = await findVisitView(deps.db, actor, row.id);
  if (!view) throw visitError("VISIT_NOT_FOUND", "params.id");
  return present(actor, view);
}

/** Onsite visits: booked on a ticket, worked from the technician's phone, sent as iCalendar invitations. */
export async function visitRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["visits"];
  app.post(
    "/api/v1/tickets/:id/visits",
    {
      schema: {
        tags,
        summary: "Book an onsite visit (staff who may change the ticket); followUpOf makes it a follow-up visit",
        params: TicketRef,
        body: z.strictObject({
          technicianId: z.uuid().describe("An agent, manager or admin"),
          site: SiteInput,
          windowStart: Instant,
          windowEnd: Instant,
          notes: storableText().max(4000).optional().describe("For the technician; never shown to the requester"),
          followUpOf: z.uuid().nullish(),
          reason: Reason,
          allowOverlap: z.boolean().optional().describe("Book over the technician's other visits (needs a reason)"),
        }),
        response: { 201: VisitDto },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { visit } = await scheduleVisit(deps, actor, request.params.id, request.body);
      const body = await presentRow(deps, actor, visit);
      return reply.status(201).header("location", `/api/v1/visits/${visit.id}`).send(body);
    },
  );

  app.get(
    "/api/v1/tickets/:id/visits",
    {
      schema: {
        tags,
        summary: "A ticket's visits (its requester too)",
        params: TicketRef,
        response: { 200: z.object({ items: z.array(VisitDto) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return { items: (await listTicketVisits(deps, actor, request.params.id)).map((v) => present(actor, v)) };
    },
  );

  app.get(
    "/api/v1/visits",
    {
      schema: {
        tags,
        summary:
          "Visits whose window meets [from, to), earliest first, on tickets you may see: a technician's day or week",
        querystring: z.strictObject({
          from: Instant,
          to: Instant,
          technicianId: z.uuid().optional().describe("One technician's visits (the day view: your own id)"),
        }),
        response: { 200: z.object({ items: z.array(VisitDto) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return { items: (await listVisits(deps, actor, request.query)).map((v) => present(actor, v)) };
    },
  );

  app.get(
    "/api/v1/visits/:id",
    { schema: { tags, summary: "One visit", params: IdParam, response: { 200: VisitDto } } },
    async (request) => {
      const actor = actorOf(request);
      const view = await findVisitView(deps.db, actor, request.params.id);
      if (!view) throw visitError("VISIT_NOT_FOUND", "params.id");
      return present(actor, view);
    },
  );

  app.patch(
    "/api/v1/visits/:id",
    {
      schema: {
        tags,
        summary: "Reschedule, reassign or cancel a visit (status: cancelled) before the technician arrives",
        params: IdParam,
        body: z.strictObject({
          status: z.literal("cancelled").optional(),
          technicianId: z.uuid().optional(),
          site: SiteInput.optional(),
          windowStart: Instant.optional(),
          windowEnd: Instant.optional(),
          reason: Reason,
          allowOverlap: z.boolean().optional(),
        }),
        response: { 200: VisitDto },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentRow(deps, actor, await changeVisit(deps, actor, request.params.id, request.body));
    },
  );

  const step = { tags, params: IdParam, response: { 200: VisitDto } };
  app.post(
    "/api/v1/visits/:id/travel-start",
    { schema: { ...step, summary: "The technician sets off for the site" } },
    async (request) => {
      const actor = actorOf(request);
      return presentRow(deps, actor, await recordVisitStep(deps, actor, request.params.id, "travel_started"));
    },
  );
  app.post(
    "/api/v1/visits/:id/check-in",
    { schema: { ...step, summary: "The technician arrives on site (may be the first response: SLA policy)" } },
    async (request) => {
      const actor = actorOf(request);
      return presentRow(deps, actor, await recordVisitStep(deps, actor, request.params.id, "arrived"));
    },
  );
  app.post(
    "/api/v1/visits/:id/check-out",
    { schema: { ...step, summary: "The technician leaves the site (only after checking in: else 409)" } },
    async (request) => {
      const actor = actorOf(request);
      return presentRow(deps, actor, await recordVisitStep(deps, actor, request.params.id, "departed"));
    },
  );

  app.post(
    "/api/v1/visits/:id/report",
    {
      schema: {
        ...step,
        summary: "The visit report: what was done, the parts used, the requester's sign-off name",
        body: z.strictObject({
          workDone: storableText().trim().min(1).max(4000),
          partsUsed: storableText().max(2000).default(""),
          signOffName: storableText().trim().min(1).max(200),
        }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentRow(deps, actor, await fileVisitReport(deps, actor, request.params.id, request.body));
    },
  );

  app.get(
    "/api/v1/visits/:id/invitation.ics",
    {
      schema: {
        tags,
        summary: "The visit's iCalendar invitation (text/calendar): METHOD REQUEST, or CANCEL once cancelled",
        params: IdParam,
      },
    },
    async (request, reply) => {
      const invitation = await getVisitInvitation(deps, actorOf(request), request.params.id);
      return reply
        .header("content-type", `text/calendar; charset=utf-8; method=${invitation.method}`)
        .header("content-disposition", `attachment; filename="visit-${request.params.id}.ics"`)
        .send(invitation.content);
    },
  );
}
