import { z } from "zod";
import type { Deps } from "../../context.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { ARTICLE_STATUSES } from "../../shared/enums.ts";
import { diffArticle, getArticleVersion, listArticleVersions } from "./article-history.ts";
import { ArticleDto, ArticleSummaryDto, dayOf, presentArticle, presentArticleSummary } from "./article.present.ts";
import {
  ArticleIdParam,
  ArticleListQuery,
  ArticlePatchBody,
  ArticlePreviewBody,
  NewArticleBody,
} from "./article.schemas.ts";
import { createArticle } from "./create-article.ts";
import { getArticle } from "./get-article.ts";
import { renderMarkdown } from "./markdown.ts";
import { listArticles } from "./list-articles.ts";
import { previewArticle } from "./preview-article.ts";
import { restoreArticleVersion } from "./restore-article-version.ts";
import { updateArticle } from "./update-article.ts";

const VersionParams = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1).max(1_000_000) });
const VersionDto = z
  .object({
    version: z.number().int(),
    title: z.string(),
    status: z.enum(ARTICLE_STATUSES),
    note: z.string(),
    editedBy: z.uuid().nullable(),
    editorName: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "ArticleVersion" });
const DiffPart = z.object({ op: z.enum(["same", "added", "removed"]), text: z.string() });

/** Articles for signed-in people: staff write, edit, publish and restore; everyone reads what the policy allows. */
export async function articleRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["knowledge base"];
  const one = async (actor: ReturnType<typeof actorOf>, id: string) =>
    presentArticle(await getArticle(deps, actor, id, false), actor, deps.clock.now());

  app.get(
    "/api/v1/kb/articles",
    {
      schema: {
        tags,
        summary: "Articles you may read, by title (staff: drafts and agents-only ones too)",
        querystring: ArticleListQuery,
        response: { 200: z.object({ items: z.array(ArticleSummaryDto) }) },
      },
    },
    async (request) => {
      const { reviewDue, ...filters } = request.query;
      const now = deps.clock.now();
      const rows = await listArticles(deps, actorOf(request), {
        ...filters,
        ...(reviewDue ? { reviewDueBefore: dayOf(now) } : {}),
      });
      return { items: rows.map((r) => presentArticleSummary(r, now)) };
    },
  );

  app.post(
    "/api/v1/kb/articles",
    {
      schema: { tags, summary: "Write an article (staff)", body: NewArticleBody, response: { 201: ArticleDto } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await createArticle(deps, actor, request.body);
      return reply
        .status(201)
        .header("location", `/api/v1/kb/articles/${row.id}`)
        .send(await one(actor, row.id));
    },
  );

  app.post(
    "/api/v1/kb/articles/preview",
    {
      schema: {
        tags,
        summary:
          "Unsaved Markdown rendered and sanitised exactly as a saved article is (article writers): the live preview",
        body: ArticlePreviewBody,
        response: {
          200: z.object({
            html: z.string().describe("Rendered and sanitised: safe to insert"),
            direction: z.enum(["ltr", "rtl"]),
          }),
        },
      },
    },
    async (request) => previewArticle(actorOf(request), request.body),
  );

  app.get(
    "/api/v1/kb/articles/:id",
    {
      schema: {
        tags,
        summary: "One article, rendered, with its other language versions; reading a published one counts a view",
        params: ArticleIdParam,
        querystring: z.strictObject({
          purpose: z.enum(["read", "edit"]).default("read").describe("`edit`: an editor opening it (no view counted)"),
        }),
        response: { 200: ArticleDto },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await getArticle(deps, actor, request.params.id, request.query.purpose === "read");
      return presentArticle(row, actor, deps.clock.now());
    },
  );

  app.patch(
    "/api/v1/kb/articles/:id",
    {
      schema: {
        tags,
        summary: "Edit, publish or unpublish an article (staff); a content change is a new version",
        params: ArticleIdParam,
        body: ArticlePatchBody,
        response: { 200: ArticleDto },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await updateArticle(deps, actor, request.params.id, request.body);
      return one(actor, request.params.id);
    },
  );

  app.get(
    "/api/v1/kb/articles/:id/versions",
    {
      schema: {
        tags,
        summary: "An article's versions, newest first (staff)",
        params: ArticleIdParam,
        response: { 200: z.object({ items: z.array(VersionDto) }) },
      },
    },
    async (request) => ({
      items: (await listArticleVersions(deps, actorOf(request), request.params.id)).map((v) => ({
        ...v,
        createdAt: v.createdAt.toISOString(),
      })),
    }),
  );

  app.get(
    "/api/v1/kb/articles/:id/versions/:version",
    {
      schema: {
        tags,
        summary: "One version of an article as it was saved (staff)",
        params: VersionParams,
        response: { 200: VersionDto.omit({ editorName: true }).extend({ body: z.string(), html: z.string() }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const v = await getArticleVersion(deps, actor, request.params.id, request.params.version);
      return {
        version: v.version,
        title: v.title,
        status: v.status,
        note: v.note,
        editedBy: v.editedBy,
        createdAt: v.createdAt.toISOString(),
        body: v.body,
        html: renderMarkdown(v.body),
      };
    },
  );

  app.get(
    "/api/v1/kb/articles/:id/diff",
    {
      schema: {
        tags,
        summary: "What changed between two versions (staff): the title, and the Markdown line by line",
        params: ArticleIdParam,
        querystring: z.strictObject({
          from: z.coerce.number().int().min(1).max(1_000_000),
          to: z.coerce.number().int().min(1).max(1_000_000),
        }),
        response: {
          200: z.object({
            from: z.number().int(),
            to: z.number().int(),
            title: z.object({ from: z.string(), to: z.string() }).nullable(),
            body: z.array(DiffPart),
          }),
        },
      },
    },
    async (request) => diffArticle(deps, actorOf(request), request.params.id, request.query.from, request.query.to),
  );

  app.post(
    "/api/v1/kb/articles/:id/versions/:version/restore",
    {
      schema: {
        tags,
        summary: "Bring back an earlier version as a new one (staff)",
        params: VersionParams,
        response: { 200: ArticleDto },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await restoreArticleVersion(deps, actor, request.params.id, request.params.version);
      return one(actor, request.params.id);
    },
  );
}
