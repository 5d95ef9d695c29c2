import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { authorizeArticles } from "./article.policy.ts";
import { findArticles, type ArticleFilters, type ArticleListRow } from "./article.store.ts";

/** The articles the caller may read (null: nobody signed in, so only public ones), narrowed by the filters. */
export async function listArticles(
  deps: Pick<Deps, "readDb">,
  actor: Actor | null,
  filters: ArticleFilters,
): Promise<ArticleListRow[]> {
  if (actor) authorizeArticles(actor, "article.read");
  return findArticles(deps.readDb, actor, filters);
}
