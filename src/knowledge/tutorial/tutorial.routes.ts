import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { CONTENT_LANGUAGES, CONTENT_VISIBILITIES, KNOWLEDGE_AUDIENCES } from "../../shared/enums.ts";
import { storableText } from "../../shared/storable-text.ts";
import { createTutorial } from "./create-tutorial.ts";
import { getTutorial } from "./get-tutorial.ts";
import { listTutorials } from "./list-tutorials.ts";
import { CHAPTERS_MAX, TUTORIAL_DESCRIPTION_MAX, TUTORIAL_TITLE_MAX } from "./tutorial.ts";
import { presentTutorial, presentTutorialSummary, TutorialDto, TutorialSummaryDto } from "./tutorial.present.ts";
import { updateTutorial } from "./update-tutorial.ts";

export const TutorialRef = z.strictObject({ id: z.uuid() });

const TutorialBody = z.strictObject({
  title: storableText().trim().min(1).max(TUTORIAL_TITLE_MAX),
  description: storableText().trim().max(TUTORIAL_DESCRIPTION_MAX).default(""),
  language: z.enum(CONTENT_LANGUAGES),
  audiences: z
    .array(z.enum(KNOWLEDGE_AUDIENCES))
    .min(1)
    .transform((a) => [...new Set(a)])
    .describe("new: new employees, current: current employees, agents: staff only"),
  visibility: z.enum(CONTENT_VISIBILITIES).describe("public: no sign-in needed; signed_in: people who signed in"),
  status: z.enum(["draft", "published"]).default("draft"),
  embedUrl: storableText()
    .max(2000)
    .nullable()
    .default(null)
    .describe("An https link to an external video (YouTube and Vimeo play in their player); null for none"),
  chapters: z
    .array(
      z.strictObject({
        title: storableText().trim().min(1).max(200),
        startSeconds: z.number().min(0).max(86_400),
      }),
    )
    .max(CHAPTERS_MAX)
    .default([])
    .describe("In playing order, each starting after the one before"),
});

/** Tutorials: listing and reading them (open to everyone within the audience and visibility rules), writing them. */
export async function tutorialRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["knowledge"];
  const openRead = { public: true, signInOptional: true } as const;

  app.get(
    "/api/v1/tutorials",
    {
      config: openRead,
      schema: {
        tags,
        summary:
          "Tutorials you may watch, newest first (staff: all, drafts included; others: published for employees, public ones without sign-in)",
        security: [{}, { session: [] }, { bearer: [] }],
        querystring: z.strictObject({
          language: z.enum(CONTENT_LANGUAGES).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(100),
        }),
        response: { 200: z.object({ items: z.array(TutorialSummaryDto) }) },
      },
    },
    async (request) => ({
      items: (await listTutorials(deps, request.actor, request.query)).map(presentTutorialSummary),
    }),
  );

  app.post(
    "/api/v1/tutorials",
    {
      schema: {
        tags,
        summary: "Create a tutorial (staff); upload its video, poster and captions next",
        body: TutorialBody.extend({
          translationOf: z.uuid().optional().describe("The tutorial this one translates (they share a pair key)"),
        }),
        response: { 201: TutorialDto },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const created = await createTutorial(deps, actor, request.body);
      return reply.status(201).send(presentTutorial(created, [], actor));
    },
  );

  app.get(
    "/api/v1/tutorials/:id",
    {
      config: openRead,
      schema: {
        tags,
        summary: "A tutorial you may watch, with its video, poster, caption tracks and chapters",
        security: [{}, { session: [] }, { bearer: [] }],
        params: TutorialRef,
        response: { 200: TutorialDto },
      },
    },
    async (request) => {
      const { tutorial, captions } = await getTutorial(deps, request.actor, request.params.id);
      return presentTutorial(tutorial, captions, request.actor);
    },
  );

  app.put(
    "/api/v1/tutorials/:id",
    {
      schema: {
        tags,
        summary: "Rewrite a tutorial (staff); `version` must be the one you read",
        params: TutorialRef,
        body: TutorialBody.extend({ version: z.number().int().min(1) }),
        response: { 200: TutorialDto },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const updated = await updateTutorial(deps, actor, request.params.id, request.body);
      const { captions } = await getTutorial(deps, actor, updated.id);
      return presentTutorial(updated, captions, actor);
    },
  );
}
