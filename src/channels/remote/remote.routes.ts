import { z } from "zod";
import type { Deps } from "../../context.ts";
import { isStaff, type Actor } from "../../identity/actor.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { storableText } from "../../shared/storable-text.ts";
import { TicketRef } from "../../tickets/ticket/ticket.routes.ts";
import { consentRemoteSession } from "./consent-remote-session.ts";
import { declineRemoteSession } from "./decline-remote-session.ts";
import { endRemoteSession } from "./end-remote-session.ts";
import { listRemoteSessions } from "./list-remote-sessions.ts";
import { listRemoteTools } from "./list-remote-tools.ts";
import { launchUrl, sessionSeconds, sessionStatus } from "./remote.ts";
import { findRemoteToolUnscoped, type RemoteSessionRow, type RemoteToolRow } from "./remote.store.ts";
import { requestRemoteSession } from "./request-remote-session.ts";
import { saveRemoteTool } from "./save-remote-tool.ts";
import { startRemoteSession } from "./start-remote-session.ts";

const OUTCOMES = ["resolved", "partly_resolved", "not_resolved", "cancelled"] as const;

const RemoteToolDto = z
  .object({
    id: z.uuid(),
    name: z.string(),
    launchTemplate: z.string().describe("`{id}` is the session id, URL-encoded; empty: the tool has no link"),
    agentInstructions: z.string(),
    requesterInstructions: z.string(),
    linkForRequester: z.boolean().describe("Whether the requester is shown the launch link too"),
    active: z.boolean(),
    position: z.number().int(),
  })
  .meta({ id: "RemoteTool" });

const RemoteToolBody = z.strictObject({
  name: storableText().trim().min(1).max(80),
  launchTemplate: storableText()
    .trim()
    .max(500)
    .describe("e.g. rustdesk://{id}; never javascript:, data: or vbscript:; empty: no link"),
  agentInstructions: storableText().trim().max(2000),
  requesterInstructions: storableText().trim().max(2000),
  linkForRequester: z.boolean(),
  active: z.boolean(),
  position: z.number().int().min(0).max(1000),
});

const RemoteSessionDto = z
  .object({
    id: z.uuid(),
    ticketId: z.uuid(),
    tool: z.object({ id: z.uuid(), name: z.string() }),
    sessionRef: z.string(),
    purpose: z.string(),
    status: z.enum(["awaiting_consent", "consented", "active", "ended"]),
    consentAt: z.string().nullable(),
    consentVia: z.enum(["portal", "phone"]).nullable(),
    startedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    seconds: z.number().int().describe("How long it ran (an active one: so far)"),
    notes: z.string().nullable().describe("Staff only"),
    outcome: z.enum(OUTCOMES).nullable(),
    launchUrl: z.string().nullable().describe("The tool's link for this session, for the reader where meaningful"),
    instructions: z.string().describe("What the reader does: the agent's or the requester's instructions"),
  })
  .meta({ id: "RemoteSession" });

const iso = (d: Date | null) => d?.toISOString() ?? null;

function presentTool(t: RemoteToolRow): z.infer<typeof RemoteToolDto> {
  const { id, name, launchTemplate, agentInstructions, requesterInstructions, linkForRequester, active, position } = t;
  return { id, name, launchTemplate, agentInstructions, requesterInstructions, linkForRequester, active, position };
}

/** A session as this reader sees it: requesters get their own instructions, and the link only where it helps them. */
function presentSession(actor: Actor, s: RemoteSessionRow, tool: RemoteToolRow, now: Date) {
  const staff = isStaff(actor);
  return {
    id: s.id,
    ticketId: s.ticketId,
    tool: { id: tool.id, name: tool.name },
    sessionRef: s.sessionRef,
    purpose: s.purpose,
    status: sessionStatus(s),
    consentAt: iso(s.consentAt),
    consentVia: s.consentVia,
    startedAt: iso(s.startedAt),
    endedAt: iso(s.endedAt),
    seconds: sessionSeconds(s, now),
    notes: staff ? s.notes : null,
    outcome: s.outcome,
    launchUrl: staff || tool.linkForRequester ? launchUrl(tool.launchTemplate, s.sessionRef) : null,
    instructions: staff ? tool.agentInstructions : tool.requesterInstructions,
  };
}

const SessionParam = z.object({ id: z.uuid() });

/** Remote-access tools (admin-defined) and sessions on tickets, with the requester's consent before any start. */
export async function remoteRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["remote"];
  const present = async (actor: Actor, s: RemoteSessionRow) =>
    presentSession(actor, s, (await findRemoteToolUnscoped(deps.db, s.toolId))!, deps.clock.now());

  app.get(
    "/api/v1/remote-tools",
    {
      schema: {
        tags,
        summary: "Remote-access tools (staff: active ones; admins: all)",
        response: { 200: z.object({ items: z.array(RemoteToolDto) }) },
      },
    },
    async (request) => ({ items: (await listRemoteTools(deps, actorOf(request))).map(presentTool) }),
  );
  app.post(
    "/api/v1/remote-tools",
    {
      schema: {
        tags,
        summary:
          "Add a remote-access tool (admin, audited); 422 REMOTE_TEMPLATE_UNSAFE for a javascript:/data:/vbscript: launch link",
        body: RemoteToolBody,
        response: { 201: RemoteToolDto },
      },
    },
    async (request, reply) =>
      reply.status(201).send(presentTool(await saveRemoteTool(deps, actorOf(request), null, request.body))),
  );
  app.put(
    "/api/v1/remote-tools/:id",
    {
      schema: {
        tags,
        summary: "Replace a remote-access tool (admin, audited)",
        params: SessionParam,
        body: RemoteToolBody,
        response: { 200: RemoteToolDto },
      },
    },
    async (request) => presentTool(await saveRemoteTool(deps, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    "/api/v1/tickets/:id/remote-sessions",
    {
      schema: {
        tags,
        summary:
          "A ticket's remote sessions, oldest first, with the total time they ran (anyone who may read the ticket)",
        params: TicketRef,
        response: { 200: z.object({ items: z.array(RemoteSessionDto), totalSeconds: z.number().int() }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const now = deps.clock.now();
      const items = (await listRemoteSessions(deps, actor, request.params.id)).map((v) =>
        presentSession(actor, v.session, v.tool, now),
      );
      return { items, totalSeconds: items.reduce((sum, s) => sum + s.seconds, 0) };
    },
  );
  app.post(
    "/api/v1/tickets/:id/remote-sessions",
    {
      schema: {
        tags,
        summary:
          "Ask for a remote session on a ticket (staff); consentOnPhone records the requester's spoken consent at once",
        params: TicketRef,
        body: z.strictObject({
          toolId: z.uuid(),
          sessionRef: storableText().trim().min(1).max(200).describe("The tool's session or device id"),
          purpose: storableText()
            .trim()
            .min(1)
            .max(500)
            .describe("What the session is for, as the requester consents to it"),
          consentOnPhone: z.boolean().optional(),
        }),
        response: { 201: RemoteSessionDto },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      return reply
        .status(201)
        .send(await present(actor, await requestRemoteSession(deps, actor, request.params.id, request.body)));
    },
  );
  app.post(
    "/api/v1/remote-sessions/:id/consent",
    {
      schema: {
        tags,
        summary: "Consent to a session: the requester in the portal, or an agent recording it on the phone",
        params: SessionParam,
        response: { 200: RemoteSessionDto },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return present(actor, await consentRemoteSession(deps, actor, request.params.id));
    },
  );
  app.post(
    "/api/v1/remote-sessions/:id/decline",
    {
      schema: {
        tags,
        summary:
          "The requester declines a session awaiting their consent (portal): it ends cancelled and can never start; 409 once consented or ended",
        params: SessionParam,
        response: { 200: RemoteSessionDto },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return present(actor, await declineRemoteSession(deps, actor, request.params.id));
    },
  );
  app.post(
    "/api/v1/remote-sessions/:id/start",
    {
      schema: {
        tags,
        summary: "Start a session (staff); 409 REMOTE_CONSENT_REQUIRED before the requester consented",
        params: SessionParam,
        response: { 200: RemoteSessionDto },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return present(actor, await startRemoteSession(deps, actor, request.params.id));
    },
  );
  app.post(
    "/api/v1/remote-sessions/:id/end",
    {
      schema: {
        tags,
        summary: "End a session with notes and an outcome (staff); one that never started can only be cancelled",
        params: SessionParam,
        body: z.strictObject({ notes: storableText().trim().max(10_000).default(""), outcome: z.enum(OUTCOMES) }),
        response: { 200: RemoteSessionDto },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return present(actor, await endRemoteSession(deps, actor, request.params.id, request.body));
    },
  );
}
