import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { articleError } from "./article.errors.ts";
import { authorizeArticles } from "./article.policy.ts";
import { insertDeflectionOnce } from "./article-feedback.store.ts";
import { findArticle } from "./article.store.ts";

/**
 * Counts a deflection: the person opened a suggested article while writing a request and left the draft unsent.
 * Once per draft (the portal's draft id): a retry, or another article opened from the same draft, adds nothing.
 * Returns whether this call counted it.
 */
export async function recordDeflection(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  input: { draftId: string; articleId: string },
): Promise<boolean> {
  authorizeArticles(actor, "article.feedback");
  const article = await findArticle(deps.db, actor, input.articleId);
  if (!article) throw articleError("ARTICLE_NOT_FOUND", "body.articleId");
  return insertDeflectionOnce(deps.db, { ...input, personId: actor.personId, createdAt: deps.clock.now() });
}
