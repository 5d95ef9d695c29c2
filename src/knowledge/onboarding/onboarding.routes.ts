import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { KNOWLEDGE_AUDIENCES } from "../../shared/enums.ts";
import { storableText } from "../../shared/storable-text.ts";
import { ShownItemDto } from "../playlist/playlist.routes.ts";
import { LEARNING_ITEMS_MAX, LearningItem, type ShownItem } from "../tutorial/learning-items.ts";
import { getMyOnboarding } from "./get-my-onboarding.ts";
import { getOnboardingProgress } from "./get-onboarding-progress.ts";
import { listOnboardingPaths } from "./list-onboarding-paths.ts";
import { PROGRESS_EVENTS } from "./onboarding.ts";
import type { PathRow } from "./onboarding.store.ts";
import { recordProgress } from "./record-progress.ts";
import { saveOnboardingPath } from "./save-onboarding-path.ts";

const PathDto = z
  .object({
    id: z.uuid(),
    title: z.string(),
    organizationId: z.uuid().nullable(),
    audience: z.enum(KNOWLEDGE_AUDIENCES).nullable(),
    items: z.array(ShownItemDto),
    updatedAt: z.string(),
  })
  .meta({ id: "OnboardingPath" });

const PathRef = z.object({ id: z.uuid(), title: z.string() }).nullable();

const MyOnboardingDto = z
  .object({
    path: PathRef,
    items: z.array(
      ShownItemDto.extend({
        progress: z.object({
          openedAt: z.string().nullable(),
          watchedAt: z.string().nullable().describe("Tutorials: when the player reported the end"),
          doneAt: z.string().nullable(),
        }),
        done: z.boolean().describe("Marked done, or (tutorials) watched to the end"),
      }),
    ),
    complete: z.boolean().describe("Nothing left to do: the portal hides the Getting started panel"),
  })
  .meta({ id: "MyOnboarding" });

const ProgressTableDto = z
  .object({
    path: PathRef,
    items: z.array(ShownItemDto),
    people: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        done: z.array(z.boolean()).describe("Per item, in the order of items"),
        doneCount: z.number().int(),
      }),
    ),
  })
  .meta({ id: "OnboardingProgress" });

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const presentPath = (path: PathRow, items: ShownItem[]) => ({
  id: path.id,
  title: path.title,
  organizationId: path.organizationId,
  audience: path.audience,
  items,
  updatedAt: path.updatedAt.toISOString(),
});

/** Onboarding paths (staff edit them), each person's own progress, and managers' view of their people's. */
export async function onboardingRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["knowledge"];

  app.get(
    "/api/v1/onboarding/paths",
    {
      schema: {
        tags,
        summary: "Every onboarding path (staff)",
        response: { 200: z.object({ items: z.array(PathDto) }) },
      },
    },
    async (request) => ({
      items: (await listOnboardingPaths(deps, actorOf(request))).map((p) => presentPath(p.path, p.items)),
    }),
  );

  app.put(
    "/api/v1/onboarding/paths",
    {
      schema: {
        tags,
        summary: "Create or rewrite the path of one organization or one audience (staff); items in order",
        body: z.strictObject({
          organizationId: z.uuid().optional().describe("The organization whose people follow it"),
          audience: z
            .enum(KNOWLEDGE_AUDIENCES)
            .optional()
            .describe("Or: the audience (new: any organization without its own path; agents: staff)"),
          title: storableText().trim().min(1).max(200),
          items: z.array(LearningItem).max(LEARNING_ITEMS_MAX),
        }),
        response: { 200: PathDto },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const path = await saveOnboardingPath(deps, actor, request.body);
      const saved = (await listOnboardingPaths(deps, actor)).find((p) => p.path.id === path.id)!;
      return presentPath(saved.path, saved.items);
    },
  );

  app.get(
    "/api/v1/onboarding/mine",
    {
      schema: {
        tags,
        summary: "Your onboarding path and how far you are along it",
        response: { 200: MyOnboardingDto },
      },
    },
    async (request) => {
      const mine = await getMyOnboarding(deps, actorOf(request));
      const items = mine.items.map((i) => ({
        ...i,
        progress: {
          openedAt: iso(i.progress.openedAt),
          watchedAt: iso(i.progress.watchedAt),
          doneAt: iso(i.progress.doneAt),
        },
      }));
      return { ...mine, items };
    },
  );

  app.post(
    "/api/v1/onboarding/progress",
    {
      schema: {
        tags,
        summary: "Report progress on an item of your path: opened, ended (the video played to its end), done",
        body: LearningItem.extend({ event: z.enum(PROGRESS_EVENTS) }),
        response: { 200: z.object({ recorded: z.boolean().describe("False when the item is not on your path") }) },
      },
    },
    async (request) => {
      const { event, ...item } = request.body;
      return recordProgress(deps, actorOf(request), item, event);
    },
  );

  app.get(
    "/api/v1/onboarding/progress",
    {
      schema: {
        tags,
        summary:
          "An organization's people × the items of their path (staff managers and admins; a requester managing that organization)",
        querystring: z.strictObject({ organizationId: z.uuid() }),
        response: { 200: ProgressTableDto },
      },
    },
    async (request) => getOnboardingProgress(deps, actorOf(request), request.query.organizationId),
  );
}
