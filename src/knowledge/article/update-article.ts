import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { contentOf, normaliseAudiences, normaliseTags, type ArticleContent } from "./article-content.ts";
import { articleError } from "./article.errors.ts";
import { authorizeArticles } from "./article.policy.ts";
import { lockArticle, type ArticleRow } from "./article.store.ts";
import { checkArticleReferences } from "./create-article.ts";
import { saveArticleVersion, type ArticleMeta } from "./save-article-version.ts";

export type ArticlePatch = Partial<ArticleContent & ArticleMeta> & {
  /** The version the editor read; a stale one is refused (409), so nobody overwrites a change unseen. */
  version: number;
  /** What the change was, for the history. */
  note?: string;
};

/** Edits, publishes or unpublishes an article (staff): a new version when its content changes. */
export async function updateArticle(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  id: string,
  patch: ArticlePatch,
): Promise<ArticleRow> {
  authorizeArticles(actor, "article.write");
  return deps.db.transaction(async (tx) => {
    const before = await lockArticle(tx, actor, id);
    if (!before) throw articleError("ARTICLE_NOT_FOUND", "params.id");
    if (before.version !== patch.version)
      throw articleError("ARTICLE_VERSION_CONFLICT", "body.version", { currentVersion: before.version });
    await checkArticleReferences(tx, patch);
    const content = contentOf({ ...before, ...definedOnly(patch) });
    return saveArticleVersion(
      tx,
      actor,
      before,
      {
        ...content,
        tags: normaliseTags(content.tags),
        audiences: normaliseAudiences(content.audiences),
        ownerId: patch.ownerId === undefined ? before.ownerId : patch.ownerId,
        reviewBy: patch.reviewBy === undefined ? before.reviewBy : patch.reviewBy,
      },
      deps.clock.now(),
      patch.note ?? "",
    );
  });
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
