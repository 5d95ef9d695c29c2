import { z } from "zod";
import type { Deps } from "../../context.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { findKbCategories } from "../category/kb-category.store.ts";
import { ArticleDto, ArticleSummaryDto, presentArticle, presentArticleSummary } from "./article.present.ts";
import { ArticleIdParam } from "./article.schemas.ts";
import { getArticle } from "./get-article.ts";
import { getKbImage } from "./get-kb-image.ts";
import { listArticles } from "./list-articles.ts";

/**
 * The knowledge base without signing in: only published `public` articles meant for employees (the read policy
 * with nobody signed in), and the images articles show.
 */
export async function articlePublicRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["public"];
  const config = { public: true, rateLimit: { max: deps.config.RATE_LIMIT_PER_MINUTE, timeWindow: "1 minute" } };
  app.get(
    "/api/v1/public/kb/articles",
    {
      config,
      schema: {
        tags,
        summary: "Public articles by title (no sign-in)",
        querystring: z.strictObject({ categoryId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(ArticleSummaryDto) }) },
      },
    },
    async (request) => {
      const now = deps.clock.now();
      const rows = await listArticles(deps, null, { categoryId: request.query.categoryId });
      return { items: rows.map((r) => presentArticleSummary(r, now)) };
    },
  );

  app.get(
    "/api/v1/public/kb/articles/:id",
    {
      config,
      schema: {
        tags,
        summary: "One public article, rendered (no sign-in); counts a view",
        params: ArticleIdParam,
        response: { 200: ArticleDto },
      },
    },
    async (request) => presentArticle(await getArticle(deps, null, request.params.id, true), null, deps.clock.now()),
  );

  app.get(
    "/api/v1/public/kb/categories",
    {
      config,
      schema: {
        tags,
        summary: "Knowledge base categories (no sign-in)",
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.uuid(), name: z.string(), nameUr: z.string().nullable() })),
          }),
        },
      },
    },
    async () => ({
      items: (await findKbCategories(deps.readDb)).map((c) => ({ id: c.id, name: c.name, nameUr: c.nameUr })),
    }),
  );

  app.get(
    "/api/v1/public/kb/images/:id",
    {
      // Signed-in callers are recognised: an image of a signed-in or staff-only article is theirs to see.
      config: { ...config, signInOptional: true },
      schema: {
        tags,
        summary: "An image shown in articles, to those who may read an article showing it (public ones: no sign-in)",
        security: [{}, { session: [] }, { bearer: [] }],
        params: ArticleIdParam,
        response: { 200: z.any().describe("The image bytes") },
      },
    },
    async (request, reply) => {
      const image = await getKbImage(deps, request.actor, request.params.id);
      return (
        reply
          .header("content-type", image.contentType)
          // Only an image anybody may see goes into shared caches; the others stay in the reader's own.
          .header("cache-control", image.public ? "public, max-age=86400, immutable" : "private, max-age=300")
          .header("x-content-type-options", "nosniff")
          .send(image.bytes)
      );
    },
  );
}
