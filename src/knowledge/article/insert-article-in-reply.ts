import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { linkTicketArticle } from "./ticket-articles.ts";

/** How an article goes into an answer: a link to its public page, or its text. */
export type ArticleInsertion = "link" | "text";

/** An article's page for readers: absolute on PUBLIC_URL when the desk has one, else relative to the web app. */
export function publicArticleUrl(publicUrl: string | undefined, articleId: string): string {
  const path = `/kb/articles/${articleId}`;
  return publicUrl ? `${publicUrl.replace(/\/+$/, "")}${path}` : path;
}

/**
 * What the reply box inserts for a published article (staff who may write notes on the ticket): its title and
 * public link, or its Markdown as written; either way the article is linked to the ticket, so the ticket shows what
 * its answer was made of. Drafts are refused: a requester could not open them.
 */
export async function insertArticleInReply(
  deps: Pick<Deps, "db" | "clock" | "config">,
  actor: Actor,
  ticketId: string,
  input: { articleId: string; as: ArticleInsertion },
): Promise<{ text: string; url: string }> {
  const article = await linkTicketArticle(deps, actor, ticketId, input.articleId, { publishedOnly: true });
  const url = publicArticleUrl(deps.config.PUBLIC_URL, article.id);
  return { text: input.as === "link" ? `${article.title}: ${url}` : article.body, url };
}
