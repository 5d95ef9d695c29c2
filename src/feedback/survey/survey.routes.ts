import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { storableText } from "../../shared/storable-text.ts";
import { TicketRef } from "../../tickets/ticket/ticket.routes.ts";
import { answerSurvey } from "./answer-survey.ts";
import { getSurveySettings } from "./get-survey-settings.ts";
import { getTicketSurvey } from "./get-ticket-survey.ts";
import { openSurvey } from "./open-survey.ts";
import { SURVEY_COMMENT_MAX, SURVEY_QUESTION_MAX } from "./survey.ts";
import { updateSurveySettings } from "./update-survey-settings.ts";

const SurveyToken = z.strictObject({
  token: z
    .string()
    .min(1)
    .max(2000)
    .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, "expected a survey link token")
    .describe("The token of the mailed survey link"),
});

const PublicSurveyDto = z
  .object({
    ticketNumber: z.number().int(),
    subject: z.string(),
    question: z.string(),
    questionUr: z.string().nullable(),
    language: z.enum(["en", "ur"]).describe("The requester's language, for the page to open in"),
    expiresAt: z.string(),
  })
  .meta({ id: "PublicSurvey" });

const SurveyAnswerBody = z.strictObject({
  score: z.number().int().min(1).max(5).describe("1 very dissatisfied … 5 very satisfied"),
  comment: storableText().max(SURVEY_COMMENT_MAX).optional(),
});

const SurveySettingsDto = z
  .object({
    enabled: z.boolean(),
    question: z.string(),
    questionUr: z.string().nullable(),
    samplingPercent: z.number().int(),
    cooldownDays: z.number().int(),
    linkDays: z.number().int(),
  })
  .meta({ id: "SurveySettings" });

const SurveySettingsBody = z.strictObject({
  enabled: z.boolean().describe("Whether resolved tickets are surveyed at all"),
  question: storableText().trim().min(1).max(SURVEY_QUESTION_MAX).describe("The question above the 1–5 scale"),
  questionUr: storableText().max(SURVEY_QUESTION_MAX).nullable().describe("The question in Urdu (null: as typed)"),
  samplingPercent: z.number().int().min(0).max(100).describe("Share of resolved tickets surveyed, 0–100"),
  cooldownDays: z.number().int().min(0).max(365).describe("No requester is asked again within this many days"),
  linkDays: z.number().int().min(1).max(90).describe("How long a mailed link can be answered"),
});

const TicketSurveyDto = z
  .object({
    question: z.string(),
    questionUr: z.string().nullable(),
    answered: z.boolean(),
    expiresAt: z.string(),
    mailed: z.boolean().describe("Whether the signed link also went out by mail"),
  })
  .meta({ id: "TicketSurvey" });

/** The post-resolution survey: its public link (no sign-in, rate-limited), the portal's view of it, its settings. */
export async function surveyRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const limit = { max: deps.config.FEEDBACK_RATE_LIMIT_PER_MINUTE, timeWindow: "1 minute" };
  app.get(
    "/api/v1/public/surveys/:token",
    {
      config: { public: true, rateLimit: limit },
      schema: {
        tags: ["public"],
        summary:
          "The survey behind a mailed link (no sign-in): 404 SURVEY_NOT_FOUND for a forged link, 410 SURVEY_LINK_USED or SURVEY_LINK_EXPIRED",
        security: [],
        params: SurveyToken,
        response: { 200: PublicSurveyDto },
      },
    },
    async (request) => {
      const survey = await openSurvey(deps, request.params.token);
      return { ...survey, expiresAt: survey.expiresAt.toISOString() };
    },
  );

  app.put(
    "/api/v1/public/surveys/:token/answer",
    {
      config: { public: true, rateLimit: limit },
      schema: {
        tags: ["public"],
        summary:
          "Answer a mailed survey, once (no sign-in): it becomes the ticket's satisfaction rating; 410 once used or expired",
        security: [],
        params: SurveyToken,
        body: SurveyAnswerBody,
        response: { 200: z.object({ answered: z.literal(true) }) },
      },
    },
    async (request) => answerSurvey(deps, request.params.token, request.body),
  );

  app.get(
    "/api/v1/tickets/:id/survey",
    {
      schema: {
        tags: ["feedback"],
        summary:
          "The post-resolution survey the ticket's requester was offered, or null (anyone who may read the ticket)",
        params: TicketRef,
        response: { 200: z.object({ survey: TicketSurveyDto.nullable() }) },
      },
    },
    async (request) => {
      const survey = await getTicketSurvey(deps, actorOf(request), request.params.id);
      return { survey: survey && { ...survey, expiresAt: survey.expiresAt.toISOString() } };
    },
  );

  app.get(
    "/api/v1/settings/survey",
    {
      schema: {
        tags: ["feedback"],
        summary: "How the post-resolution survey is run (admins and managers)",
        response: { 200: SurveySettingsDto },
      },
    },
    async (request) => getSurveySettings(deps, actorOf(request)),
  );

  app.put(
    "/api/v1/settings/survey",
    {
      schema: {
        tags: ["feedback"],
        summary: "Set how the post-resolution survey is run (admin; audited as the setting survey.post_resolution)",
        body: SurveySettingsBody,
        response: { 200: SurveySettingsDto },
      },
    },
    async (request) => updateSurveySettings(deps, actorOf(request), request.body),
  );
}
