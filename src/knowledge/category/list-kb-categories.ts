import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { authorizeArticles } from "../article/article.policy.ts";
import { findKbCategories } from "./kb-category.store.ts";

/** Every knowledge base category (signed-in people); article counts include drafts only staff see. */
export async function listKbCategories(deps: Pick<Deps, "readDb">, actor: Actor) {
  authorizeArticles(actor, "article.read");
  return (await findKbCategories(deps.readDb)).map(({ id, name, nameUr, articleCount }) => ({
    id,
    name,
    nameUr,
    articleCount,
  }));
}
