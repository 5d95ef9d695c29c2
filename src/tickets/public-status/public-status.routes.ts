import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { STATUSES } from "../../shared/enums.ts";
import { getPublicIncident } from "./get-public-incident.ts";
import { postIncidentUpdate } from "./post-incident-update.ts";
import { publishIncident } from "./publish-incident.ts";
import { getPublicStatusSetting, publicStatus, setPublicStatusSetting } from "./public-status.ts";
import { Text, TicketRef } from "../ticket/ticket.routes.ts";
import { getTicket } from "../ticket/get-ticket.ts";
import { unpublishIncident } from "./unpublish-incident.ts";

const PublicUpdate = z.object({ body: z.string(), at: z.string() });

const PublicStatusDto = z
  .object({
    checkedAt: z.string(),
    incidents: z.array(
      z.object({
        number: z.number().int(),
        title: z.string().describe("Written by staff for the public (never the requester's subject)"),
        status: z.enum(STATUSES),
        resolved: z.boolean(),
        since: z.string().describe("When it was published"),
        resolvedAt: z.string().nullable(),
        updates: z.array(PublicUpdate).describe("Staff's public updates, oldest first"),
      }),
    ),
  })
  .meta({ id: "PublicStatus" });

const PublicIncidentDto = z
  .object({
    published: z.boolean(),
    title: z.string().nullable(),
    publishedAt: z.string().nullable(),
    updates: z.array(PublicUpdate.extend({ id: z.uuid(), authorId: z.uuid().nullable() })),
  })
  .meta({ id: "PublicIncident" });

const Title = Text().trim().min(1).max(200);
const UpdateBody = Text().trim().min(1).max(5000);

const SettingDto = z.strictObject({ enabled: z.boolean() }).meta({ id: "PublicStatusSetting" });

/** The public status page, the admin switch for it, and staff publishing a ticket on it as a public incident. */
export async function publicStatusRoutes(app: HttpServer, deps: Deps): Promise<void> {
  app.get(
    "/api/v1/public/status",
    {
      config: { public: true, rateLimit: { max: deps.config.RATE_LIMIT_PER_MINUTE, timeWindow: "1 minute" } },
      schema: {
        tags: ["public"],
        summary:
          "Incidents staff published, newest first, at most 20, with their public updates; resolved ones for a day (no sign-in; 404 STATUS_PAGE_DISABLED when switched off)",
        security: [],
        response: { 200: PublicStatusDto },
      },
    },
    async (_request, reply) => {
      const status = await publicStatus(deps);
      void reply.header("cache-control", "public, max-age=30");
      return status;
    },
  );

  app.get(
    "/api/v1/settings/public-status",
    {
      schema: {
        tags: ["settings"],
        summary: "Whether the public status page is on (admin)",
        response: { 200: SettingDto },
      },
    },
    async (request) => getPublicStatusSetting(deps, actorOf(request)),
  );

  app.put(
    "/api/v1/settings/public-status",
    {
      schema: {
        tags: ["settings"],
        summary: "Switch the public status page on or off (admin; audited)",
        body: SettingDto,
        response: { 200: SettingDto },
      },
    },
    async (request) => setPublicStatusSetting(deps, actorOf(request), request.body),
  );

  const tags = ["public incidents"];
  const path = "/api/v1/tickets/:id/public-incident";
  app.get(
    path,
    {
      schema: {
        tags,
        summary: "The ticket's public incident: on the status page or not, its title and updates (staff)",
        params: TicketRef,
        response: { 200: PublicIncidentDto },
      },
    },
    async (request) => getPublicIncident(deps, actorOf(request), request.params.id),
  );

  app.put(
    path,
    {
      schema: {
        tags,
        summary:
          "Publish the ticket on the status page under a public title, or change the title (staff; a ticket event)",
        params: TicketRef,
        body: z.strictObject({ title: Title }),
        response: { 200: PublicIncidentDto },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const ticket = await getTicket(deps, actor, request.params.id);
      await publishIncident(deps, actor, ticket.id, request.body.title);
      return getPublicIncident(deps, actor, ticket.id);
    },
  );

  app.post(
    `${path}/updates`,
    {
      schema: {
        tags,
        summary: "Add a timestamped public update to a published incident (staff; a ticket event)",
        params: TicketRef,
        body: z.strictObject({ body: UpdateBody }),
        response: { 201: PublicIncidentDto },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const ticket = await getTicket(deps, actor, request.params.id);
      await postIncidentUpdate(deps, actor, ticket.id, request.body.body);
      return reply.status(201).send(await getPublicIncident(deps, actor, ticket.id));
    },
  );

  app.delete(
    path,
    {
      schema: {
        tags,
        summary: "Take the incident off the status page (staff; a ticket event)",
        params: TicketRef,
        response: { 200: PublicIncidentDto },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const ticket = await getTicket(deps, actor, request.params.id);
      await unpublishIncident(deps, actor, ticket.id);
      return getPublicIncident(deps, actor, ticket.id);
    },
  );
}
