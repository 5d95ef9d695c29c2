import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { articleError } from "./article.errors.ts";
import { authorizeArticles } from "./article.policy.ts";
import { countArticleView, findArticle, findTranslations, type ArticleListRow } from "./article.store.ts";

export type ArticleWithTranslations = ArticleListRow & {
  translations: Array<{ id: string; language: "en" | "ur"; title: string }>;
};

/**
 * One article the caller may read (null: nobody signed in), with its other language versions they may read.
 * A reading (`countView`) of a published article counts as a view; an editor opening it to edit does not.
 */
export async function getArticle(
  deps: Pick<Deps, "db">,
  actor: Actor | null,
  id: string,
  countView: boolean,
): Promise<ArticleWithTranslations> {
  if (actor) authorizeArticles(actor, "article.read");
  const row = await findArticle(deps.db, actor, id);
  if (!row) throw articleError("ARTICLE_NOT_FOUND", "params.id");
  if (countView && row.status === "published") {
    await countArticleView(deps.db, row.id);
    row.viewCount += 1;
  }
  const translations = (await findTranslations(deps.db, actor, row.key)).filter((t) => t.id !== row.id);
  return { ...row, translations };
}
