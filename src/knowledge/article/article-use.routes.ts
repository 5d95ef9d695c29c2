import { z } from "zod";
import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { actorOf } from "../../identity/session.routes.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { CONTENT_LANGUAGES } from "../../shared/enums.ts";
import { storableText } from "../../shared/storable-text.ts";
import { ArticleIdParam } from "./article.schemas.ts";
import { getArticleReport } from "./get-article-report.ts";
import { insertArticleInReply } from "./insert-article-in-reply.ts";
import { rateArticle } from "./rate-article.ts";
import { recordDeflection } from "./record-deflection.ts";
import { suggestArticles } from "./suggest-articles.ts";
import { linkTicketArticle, listTicketArticles, unlinkTicketArticle } from "./ticket-articles.ts";

const Figures = z.object({
  id: z.uuid(),
  title: z.string(),
  language: z.enum(CONTENT_LANGUAGES),
  ownerId: z.uuid().nullable(),
  views: z.number().int(),
  helpful: z.number().int(),
  unhelpful: z.number().int(),
  deflections: z.number().int(),
});
const LinkedArticle = z.object({
  id: z.uuid(),
  key: z.string(),
  language: z.enum(CONTENT_LANGUAGES),
  title: z.string(),
  linkedAt: z.string(),
});

/** Using articles: feedback, suggestions while a request is typed, deflections, the owners' report, ticket links. */
export async function articleUseRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const tags = ["knowledge base"];
  app.post(
    "/api/v1/kb/articles/:id/feedback",
    {
      schema: {
        tags,
        summary: '"Was this helpful?" on a published article you read; answering again replaces your answer',
        params: ArticleIdParam,
        body: z.strictObject({ helpful: z.boolean(), comment: storableText().max(2_000).optional() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await rateArticle(deps, actorOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/v1/kb/suggestions",
    {
      schema: {
        tags,
        summary: "Published articles that may answer a request being typed (its subject and description)",
        querystring: z.strictObject({
          text: storableText().max(10_000).describe("The draft's subject and description; its first words count"),
          language: z
            .enum(CONTENT_LANGUAGES)
            .default("en")
            .describe("The reader's language: each article is suggested once, in this language when it has it"),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                key: z.string().describe("The article (its language versions share it)"),
                title: z.string(),
                language: z.enum(CONTENT_LANGUAGES),
                score: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      items: await suggestArticles(deps, actorOf(request), request.query.text, request.query.language),
    }),
  );

  app.post(
    "/api/v1/kb/deflections",
    {
      schema: {
        tags,
        summary: "A request draft left unsent after a suggested article was opened: counted once per draft",
        body: z.strictObject({
          draftId: z.uuid().describe("Made by the portal when the draft started"),
          articleId: z.uuid(),
        }),
        response: { 200: z.object({ counted: z.boolean().describe("false: this draft was counted before") }) },
      },
    },
    async (request) => ({ counted: await recordDeflection(deps, actorOf(request), request.body) }),
  );

  app.get(
    "/api/v1/kb/report",
    {
      schema: {
        tags,
        summary: "The owners' report (staff): most viewed, least helpful, deflections per article, latest comments",
        querystring: z.strictObject({ mine: z.enum(["true", "false"]).default("false") }),
        response: {
          200: z.object({
            mostViewed: z.array(Figures),
            leastHelpful: z.array(Figures),
            deflections: z.array(Figures),
            comments: z.array(
              z.object({
                articleId: z.uuid(),
                title: z.string(),
                helpful: z.boolean(),
                comment: z.string(),
                at: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const report = await getArticleReport(deps, actorOf(request), request.query.mine === "true");
      return { ...report, comments: report.comments.map((c) => ({ ...c, at: c.at.toISOString() })) };
    },
  );

  app.get(
    "/api/v1/tickets/:id/articles",
    {
      schema: {
        tags,
        summary: "The articles linked to a ticket (those you may read)",
        params: z.object({ id: z.uuid() }),
        response: { 200: z.object({ items: z.array(LinkedArticle) }) },
      },
    },
    async (request) => linkedArticles(deps, actorOf(request), request.params.id),
  );

  app.post(
    "/api/v1/tickets/:id/articles",
    {
      schema: {
        tags,
        summary: "Link an article to a ticket (staff who may write notes on it); answers the ticket's links",
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ articleId: z.uuid() }),
        response: { 200: z.object({ items: z.array(LinkedArticle) }) },
      },
    },
    async (request) => {
      await linkTicketArticle(deps, actorOf(request), request.params.id, request.body.articleId);
      return linkedArticles(deps, actorOf(request), request.params.id);
    },
  );

  app.post(
    "/api/v1/tickets/:id/article-inserts",
    {
      schema: {
        tags,
        summary:
          "Put a published article into an answer (staff who may write notes on the ticket): the text to insert — its title and public link, or its Markdown — and the article linked to the ticket",
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({
          articleId: z.uuid(),
          as: z.enum(["link", "text"]).describe("`link`: title and the public page's URL; `text`: the Markdown"),
        }),
        response: {
          200: z.object({
            text: z.string().describe("What to insert into the reply"),
            url: z.string().describe("The article's public page (absolute when PUBLIC_URL is set)"),
            items: z.array(LinkedArticle).describe("The ticket's linked articles, this one included"),
          }),
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const inserted = await insertArticleInReply(deps, actor, request.params.id, request.body);
      return { ...inserted, ...(await linkedArticles(deps, actor, request.params.id)) };
    },
  );

  app.delete(
    "/api/v1/tickets/:id/articles/:articleId",
    {
      schema: {
        tags,
        summary: "Remove an article's link from a ticket (staff who may write notes on it); answers the links left",
        params: z.object({ id: z.uuid(), articleId: z.uuid() }),
        response: { 200: z.object({ items: z.array(LinkedArticle) }) },
      },
    },
    async (request) => {
      await unlinkTicketArticle(deps, actorOf(request), request.params.id, request.params.articleId);
      return linkedArticles(deps, actorOf(request), request.params.id);
    },
  );
}

async function linkedArticles(deps: Deps, actor: Actor, ticketId: string) {
  const items = await listTicketArticles(deps, actor, ticketId);
  return { items: items.map((a) => ({ ...a, linkedAt: a.linkedAt.toISOString() })) };
}
