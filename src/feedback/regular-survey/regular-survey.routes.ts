import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { storableText } from "../../shared/storable-text.ts";
import { answerMySurvey } from "./answer-my-survey.ts";
import { answerRegularSurvey } from "./answer-regular-survey.ts";
import { createRegularSurvey } from "./create-regular-survey.ts";
import { exportSurveyResults } from "./export-survey-results.ts";
import { getRegularSurvey } from "./get-regular-survey.ts";
import { getSurveyResults, listTextAnswers } from "./get-survey-results.ts";
import { listMySurveys } from "./list-my-surveys.ts";
import { listRegularSurveys } from "./list-regular-surveys.ts";
import { openRegularSurvey } from "./open-regular-survey.ts";
import { MAX_QUESTIONS, SurveyDefinition, TEXT_ANSWER_MAX } from "./regular-survey.ts";
import {
  RegularSurveyDto,
  SurveyQuestionDto,
  presentRegularSurvey,
  presentResults,
  presentRound,
  RoundDto,
  SurveyResultsDto,
} from "./regular-survey.present.ts";
import { updateRegularSurvey } from "./update-regular-survey.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const SurveyRef = z.strictObject({ id: z.uuid() });
const RoundRef = z.strictObject({ id: z.uuid(), roundId: z.uuid() });
const QuestionId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "expected a question id");
const TextRef = RoundRef.extend({ questionId: QuestionId });
const LinkToken = z.strictObject({
  token: z
    .string()
    .min(1)
    .max(2000)
    .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, "expected a survey link token")
    .describe("The token of the survey link"),
});
const AnswersBody = z.strictObject({
  answers: z
    .record(QuestionId, z.union([z.number(), storableText().max(TEXT_ANSWER_MAX)]))
    .refine((a) => Object.keys(a).length <= MAX_QUESTIONS, "too many answers")
    .describe("By question id: a 1–5 score, one of the options, or text; a question left out is skipped"),
});
const Answered = z.object({ answered: z.literal(true) });

const PublicRegularSurveyDto = z
  .object({
    title: z.string(),
    titleUr: z.string().nullable(),
    questions: z.array(SurveyQuestionDto),
    language: z.enum(["en", "ur"]).describe("The person's language, for the page to open in"),
    expiresAt: z.string(),
  })
  .meta({ id: "PublicRegularSurvey" });

const MySurveyDto = z
  .object({
    invitationId: z.uuid(),
    title: z.string(),
    titleUr: z.string().nullable(),
    questions: z.array(SurveyQuestionDto),
    answered: z.boolean(),
    expiresAt: z.string(),
  })
  .meta({ id: "MySurvey" });

/** Regular surveys: the admin's definitions, the public link and the portal's answers, the results in the reports. */
export async function regularSurveyRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const limit = { max: deps.config.FEEDBACK_RATE_LIMIT_PER_MINUTE, timeWindow: "1 minute" };
  const tags = ["feedback"];

  app.get(
    "/api/v1/regular-surveys",
    {
      schema: {
        tags,
        summary: "Every regular survey, newest first (admins and managers)",
        response: { 200: z.object({ items: z.array(RegularSurveyDto) }) },
      },
    },
    async (request) => ({ items: (await listRegularSurveys(deps, actorOf(request))).map(presentRegularSurvey) }),
  );

  app.post(
    "/api/v1/regular-surveys",
    {
      schema: {
        tags,
        summary: "Define a regular survey (admin; audited as regular_survey)",
        body: SurveyDefinition,
        response: { 201: RegularSurveyDto },
      },
    },
    async (request, reply) => {
      const survey = await createRegularSurvey(deps, actorOf(request), request.body);
      return reply.code(201).send(presentRegularSurvey(survey));
    },
  );

  app.get(
    "/api/v1/regular-surveys/:id",
    {
      schema: {
        tags,
        summary: "A regular survey with its rounds, newest first (admins and managers)",
        params: SurveyRef,
        response: { 200: z.object({ survey: RegularSurveyDto, rounds: z.array(RoundDto) }) },
      },
    },
    async (request) => {
      const { survey, rounds } = await getRegularSurvey(deps, actorOf(request), request.params.id);
      return { survey: presentRegularSurvey(survey), rounds: rounds.map(presentRound) };
    },
  );

  app.put(
    "/api/v1/regular-surveys/:id",
    {
      schema: {
        tags,
        summary:
          "Replace a regular survey's definition, schedule or status (admin; audited). Open rounds keep their questions",
        params: SurveyRef,
        body: SurveyDefinition,
        response: { 200: RegularSurveyDto },
      },
    },
    async (request) =>
      presentRegularSurvey(await updateRegularSurvey(deps, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    "/api/v1/public/regular-surveys/:token",
    {
      config: { public: true, rateLimit: limit },
      schema: {
        tags: ["public"],
        summary:
          "The regular survey behind a link (no sign-in): 404 SURVEY_NOT_FOUND for a forged link, 410 SURVEY_LINK_USED or SURVEY_LINK_EXPIRED",
        security: [],
        params: LinkToken,
        response: { 200: PublicRegularSurveyDto },
      },
    },
    async (request) => {
      const survey = await openRegularSurvey(deps, request.params.token);
      return { ...survey, expiresAt: survey.expiresAt.toISOString() };
    },
  );

  app.put(
    "/api/v1/public/regular-surveys/:token/answer",
    {
      config: { public: true, rateLimit: limit },
      schema: {
        tags: ["public"],
        summary:
          "Answer a regular survey by its link, once (no sign-in): 422 SURVEY_ANSWER_INVALID names the question; 410 once used or expired",
        security: [],
        params: LinkToken,
        body: AnswersBody,
        response: { 200: Answered },
      },
    },
    async (request) => answerRegularSurvey(deps, request.params.token, request.body.answers),
  );

  app.get(
    "/api/v1/surveys/mine",
    {
      schema: {
        tags,
        summary: "Surveys for you: the signed-in person's own invitations whose rounds are open",
        response: { 200: z.object({ items: z.array(MySurveyDto) }) },
      },
    },
    async (request) => ({
      items: (await listMySurveys(deps, actorOf(request))).map((s) => ({ ...s, expiresAt: s.expiresAt.toISOString() })),
    }),
  );

  app.put(
    "/api/v1/surveys/mine/:id/answer",
    {
      schema: {
        tags,
        summary: "Answer one of your own survey invitations, once (404 for anyone else's; 410 once used or expired)",
        params: SurveyRef,
        body: AnswersBody,
        response: { 200: Answered },
      },
    },
    async (request) => answerMySurvey(deps, actorOf(request), request.params.id, request.body.answers),
  );

  app.get(
    "/api/v1/reports/surveys/:id/rounds/:roundId",
    {
      schema: {
        tags: ["reports"],
        summary: "A regular survey round's results per question (managers and admins)",
        params: RoundRef,
        response: { 200: SurveyResultsDto },
      },
    },
    async (request) =>
      presentResults(await getSurveyResults(deps, actorOf(request), request.params.id, request.params.roundId)),
  );

  app.get(
    "/api/v1/reports/surveys/:id/rounds/:roundId/questions/:questionId/answers",
    {
      schema: {
        tags: ["reports"],
        summary: "A text question's answers in a round, oldest first, a page at a time (managers and admins)",
        params: TextRef,
        querystring: z.strictObject({
          offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: z.object({ items: z.array(z.object({ text: z.string(), at: z.string() })), total: z.number().int() }),
        },
      },
    },
    async (request) => {
      const { id, roundId, questionId } = request.params;
      const page = await listTextAnswers(deps, actorOf(request), { surveyId: id, roundId, questionId }, request.query);
      return { total: page.total, items: page.items.map((a) => ({ text: a.text, at: a.at.toISOString() })) };
    },
  );

  app.get(
    "/api/v1/reports/surveys/:id/rounds/:roundId/export",
    {
      schema: {
        tags: ["reports"],
        summary: "A round's results as a download: format=csv (text/csv) or format=xlsx (an Excel workbook)",
        params: RoundRef,
        querystring: z.strictObject({ format: z.enum(["csv", "xlsx"]) }),
      },
    },
    async (request, reply) => {
      const ref = { surveyId: request.params.id, roundId: request.params.roundId };
      const file = await exportSurveyResults(deps, actorOf(request), ref, request.query.format);
      return reply
        .header("content-type", request.query.format === "csv" ? "text/csv; charset=utf-8" : XLSX_TYPE)
        .header("content-disposition", `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  );
}
