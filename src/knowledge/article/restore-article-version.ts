import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { contentOf } from "./article-content.ts";
import { articleError } from "./article.errors.ts";
import { authorizeArticles } from "./article.policy.ts";
import { findArticleVersion, lockArticle, type ArticleRow } from "./article.store.ts";
import { saveArticleVersion } from "./save-article-version.ts";

/**
 * Brings back an earlier version's text and settings as a new version (history is never rewritten); the article
 * keeps its current status, so restoring into a published article publishes the restored text. Staff only.
 */
export async function restoreArticleVersion(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  version: number,
): Promise<ArticleRow> {
  authorizeArticles(actor, "article.write");
  return deps.db.transaction(async (tx) => {
    const before = await lockArticle(tx, actor, id);
    if (!before) throw articleError("ARTICLE_NOT_FOUND", "params.id");
    const old = await findArticleVersion(tx, id, version);
    if (!old) throw articleError("ARTICLE_VERSION_NOT_FOUND", "params.version");
    const content = { ...contentOf(old), status: before.status };
    return saveArticleVersion(
      tx,
      actor,
      before,
      { ...content, ownerId: before.ownerId, reviewBy: before.reviewBy },
      deps.clock.now(),
      `Restored version ${version}`,
    );
  });
}
