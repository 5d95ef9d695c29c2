import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { diffArticleVersions, type ArticleDiff } from "./article-diff.ts";
import { articleError } from "./article.errors.ts";
import { authorizeArticles } from "./article.policy.ts";
import { findArticle, findArticleVersion, findArticleVersions, type ArticleVersionRow } from "./article.store.ts";

// History is editors' business: drafts and unpublished wording never reach requesters through it.
async function editableArticle(deps: Pick<Deps, "db">, actor: Actor, id: string) {
  authorizeArticles(actor, "article.write");
  const article = await findArticle(deps.db, actor, id);
  if (!article) throw articleError("ARTICLE_NOT_FOUND", "params.id");
  return article;
}

/** An article's versions, newest first (staff). */
export async function listArticleVersions(deps: Pick<Deps, "db">, actor: Actor, id: string) {
  await editableArticle(deps, actor, id);
  return findArticleVersions(deps.db, id);
}

/** One version of an article as it was saved (staff). */
export async function getArticleVersion(
  deps: Pick<Deps, "db">,
  actor: Actor,
  id: string,
  version: number,
): Promise<ArticleVersionRow> {
  await editableArticle(deps, actor, id);
  const row = await findArticleVersion(deps.db, id, version);
  if (!row) throw articleError("ARTICLE_VERSION_NOT_FOUND", "params.version");
  return row;
}

/** What changed from one version of an article to another (staff); either order, the earlier named `from`. */
export async function diffArticle(
  deps: Pick<Deps, "db">,
  actor: Actor,
  id: string,
  from: number,
  to: number,
): Promise<ArticleDiff & { from: number; to: number }> {
  await editableArticle(deps, actor, id);
  const [a, b] = await Promise.all([findArticleVersion(deps.db, id, from), findArticleVersion(deps.db, id, to)]);
  if (!a) throw articleError("ARTICLE_VERSION_NOT_FOUND", "query.from");
  if (!b) throw articleError("ARTICLE_VERSION_NOT_FOUND", "query.to");
  return { from, to, ...diffArticleVersions(a, b) };
}
