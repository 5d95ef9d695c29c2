import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { articleError } from "./article.errors.ts";
import { authorizeArticles } from "./article.policy.ts";
import { upsertArticleFeedback } from "./article-feedback.store.ts";
import { findArticle } from "./article.store.ts";

/** "Was this helpful?" on an article the person may read and that is published; answering again replaces it. */
export async function rateArticle(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  input: { helpful: boolean; comment?: string },
): Promise<void> {
  authorizeArticles(actor, "article.feedback");
  const article = await findArticle(deps.db, actor, id);
  if (!article) throw articleError("ARTICLE_NOT_FOUND", "params.id");
  if (article.status !== "published") throw articleError("ARTICLE_NOT_PUBLISHED", "params.id");
  await upsertArticleFeedback(deps.db, {
    articleId: id,
    personId: actor.personId,
    helpful: input.helpful,
    comment: input.comment?.trim() ?? "",
    createdAt: deps.clock.now(),
  });
}
