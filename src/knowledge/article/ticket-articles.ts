// A ticket's linked articles: agents link what they sent or what answers it; whoever reads the ticket sees the
// links to articles they may read themselves.
import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { ticketError } from "../../tickets/ticket.errors.ts";
import { authorize } from "../../tickets/ticket/ticket.policy.ts";
import { findTicket } from "../../tickets/ticket/ticket.store.ts";
import { canReadArticle } from "./article.policy.ts";
import { articleError } from "./article.errors.ts";
import { deleteTicketArticle, findTicketArticles, insertTicketArticle } from "./article-feedback.store.ts";
import { findArticle, type ArticleRow } from "./article.store.ts";

async function ticketFor(deps: Pick<Deps, "db">, actor: Actor, ticketId: string, action: "read" | "note") {
  const ticket = await findTicket(deps.db, actor, ticketId);
  if (!ticket) throw ticketError("TICKET_NOT_FOUND", "params.id");
  authorize(actor, action, ticket);
  return ticket;
}

/** The articles linked to a ticket the caller reads, those they may read themselves. */
export async function listTicketArticles(deps: Pick<Deps, "db">, actor: Actor, ticketId: string) {
  await ticketFor(deps, actor, ticketId, "read");
  const linked = await findTicketArticles(deps.db, ticketId);
  return linked.filter((a) => canReadArticle(actor, a));
}

/**
 * Links an article to a ticket (staff who may write internal notes on it); linking twice changes nothing. With
 * `publishedOnly`, a draft is refused (ARTICLE_NOT_PUBLISHED): what goes to a requester must be there for them.
 * Answers the article linked.
 */
export async function linkTicketArticle(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  ticketId: string,
  articleId: string,
  options: { publishedOnly?: boolean } = {},
): Promise<ArticleRow> {
  await ticketFor(deps, actor, ticketId, "note");
  const article = await findArticle(deps.db, actor, articleId);
  if (!article) throw articleError("ARTICLE_NOT_FOUND", "body.articleId");
  if (options.publishedOnly && article.status !== "published")
    throw articleError("ARTICLE_NOT_PUBLISHED", "body.articleId");
  await insertTicketArticle(deps.db, { ticketId, articleId, linkedBy: actorIdOf(actor), createdAt: deps.clock.now() });
  return article;
}

/** Removes an article's link from a ticket (staff who may write internal notes on it). */
export async function unlinkTicketArticle(
  deps: Pick<Deps, "db">,
  actor: Actor,
  ticketId: string,
  articleId: string,
): Promise<void> {
  await ticketFor(deps, actor, ticketId, "note");
  if (!(await deleteTicketArticle(deps.db, ticketId, articleId)))
    throw articleError("ARTICLE_NOT_FOUND", "params.articleId");
}
