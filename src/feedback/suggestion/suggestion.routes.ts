import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { storableText } from "../../shared/storable-text.ts";
import { TicketRef } from "../../tickets/ticket/ticket.routes.ts";
import { getSuggestionStatus } from "./get-suggestion-status.ts";
import { listSuggestions } from "./list-suggestions.ts";
import { sendSuggestion } from "./send-suggestion.ts";
import { suggestionFromSurvey } from "./suggestion-from-survey.ts";
import { SUGGESTION_ANSWER_MAX, SUGGESTION_BODY_MAX, SUGGESTION_STATUSES, SUGGESTION_TITLE_MAX } from "./suggestion.ts";
import type { SuggestionRow } from "./suggestion.store.ts";
import { triageSuggestion } from "./triage-suggestion.ts";

const SuggestionDto = z
  .object({
    id: z.uuid(),
    title: z.string(),
    body: z.string(),
    status: z.enum(SUGGESTION_STATUSES),
    publicAnswer: z.string(),
    source: z.enum(["portal", "public", "survey"]),
    personId: z.uuid().nullable(),
    contactEmail: z.string().nullable().describe("What an anonymous sender typed to hear back (unverified)"),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Suggestion" });

const SuggestionStatusDto = z
  .object({
    title: z.string(),
    body: z.string(),
    status: z.enum(SUGGESTION_STATUSES),
    publicAnswer: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "SuggestionStatus" });

const Sent = z.object({
  suggestion: SuggestionStatusDto,
  statusToken: z.string().describe("For the status page /suggestions/status/:token; shown once, only its hash is kept"),
});

const SuggestionBody = z.strictObject({
  title: storableText().trim().min(1).max(SUGGESTION_TITLE_MAX),
  body: storableText().trim().min(1).max(SUGGESTION_BODY_MAX),
});

const PublicSuggestionBody = SuggestionBody.extend({
  contactEmail: z.email().trim().max(320).optional().describe("To hear back (optional, unverified)"),
});

const StatusToken = z.strictObject({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, "expected a status link token")
    .describe("The token given when the suggestion was sent"),
});

const present = (s: SuggestionRow) => ({
  id: s.id,
  title: s.title,
  body: s.body,
  status: s.status,
  publicAnswer: s.publicAnswer,
  source: s.source,
  personId: s.personId,
  contactEmail: s.contactEmail,
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
});

const presentStatus = (s: SuggestionRow) => ({
  title: s.title,
  body: s.body,
  status: s.status,
  publicAnswer: s.publicAnswer,
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
});

/** Improvement suggestions: sent from the portal or the public page, triaged by managers, followed by their sender. */
export async function suggestionRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["feedback"];
  const limit = { max: deps.config.FEEDBACK_RATE_LIMIT_PER_MINUTE, timeWindow: "1 minute" };

  app.post(
    "/api/v1/public/suggestions",
    {
      config: { public: true, rateLimit: limit },
      schema: {
        tags: ["public"],
        summary: "Send an improvement suggestion without signing in (anonymous; an address to hear back is optional)",
        security: [],
        body: PublicSuggestionBody,
        response: { 201: Sent },
      },
    },
    async (request, reply) => {
      const sent = await sendSuggestion(deps, null, request.body);
      return reply.status(201).send({ suggestion: presentStatus(sent.suggestion), statusToken: sent.statusToken });
    },
  );

  app.get(
    "/api/v1/public/suggestions/:token",
    {
      config: { public: true, rateLimit: limit },
      schema: {
        tags: ["public"],
        summary: "A suggestion's status and public answer, through its status link (no sign-in)",
        security: [],
        params: StatusToken,
        response: { 200: SuggestionStatusDto },
      },
    },
    async (request) => presentStatus(await getSuggestionStatus(deps, request.params.token)),
  );

  app.post(
    "/api/v1/suggestions",
    {
      schema: {
        tags,
        summary: "Send an improvement suggestion (signed in: it appears in your list with the managers' answer)",
        body: SuggestionBody,
        response: { 201: Sent },
      },
    },
    async (request, reply) => {
      const sent = await sendSuggestion(deps, actorOf(request), request.body);
      return reply.status(201).send({ suggestion: presentStatus(sent.suggestion), statusToken: sent.statusToken });
    },
  );

  app.get(
    "/api/v1/suggestions",
    {
      schema: {
        tags,
        summary: "Suggestions, newest first: managers and admins all of them, anyone else their own",
        querystring: z.strictObject({
          status: z.enum(SUGGESTION_STATUSES).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ items: z.array(SuggestionDto) }) },
      },
    },
    async (request) => ({ items: (await listSuggestions(deps, actorOf(request), request.query)).map(present) }),
  );

  app.patch(
    "/api/v1/suggestions/:id",
    {
      schema: {
        tags,
        summary: "Triage a suggestion: its status and the public answer its sender reads (managers and admins)",
        params: z.strictObject({ id: z.uuid() }),
        body: z.strictObject({
          status: z.enum(SUGGESTION_STATUSES),
          publicAnswer: storableText().max(SUGGESTION_ANSWER_MAX).describe("Shown to the sender; empty for none yet"),
        }),
        response: { 200: SuggestionDto },
      },
    },
    async (request) => present(await triageSuggestion(deps, actorOf(request), request.params.id, request.body)),
  );

  app.post(
    "/api/v1/tickets/:id/survey/suggestion",
    {
      schema: {
        tags,
        summary:
          "Turn the comment of the ticket's answered survey into a suggestion in the requester's name (managers and admins; once)",
        params: TicketRef,
        response: { 201: SuggestionDto },
      },
    },
    async (request, reply) =>
      reply.status(201).send(present(await suggestionFromSurvey(deps, actorOf(request), request.params.id))),
  );
}
