import type { Deps } from "../context.ts";
import { SYSTEM_ACTOR } from "../identity/actor.ts";
import { insertArticle } from "../knowledge/article/create-article.ts";
import { insertKbCategory } from "../knowledge/category/create-kb-category.ts";
import { DEMO_ARTICLES, DEMO_KB_CATEGORIES } from "./demo-articles.ts";

/**
 * Writes the demo knowledge base through the same use cases the API and import use: categories, then every
 * article published, owned by `ownerId`, due for review in six months. Returns the article ids by key and language.
 */
export async function seedKnowledgeBase(deps: Pick<Deps, "db" | "clock">, ownerId: string | null) {
  const now = deps.clock.now();
  const reviewBy = new Date(now.getTime() + 182 * 86_400_000).toISOString().slice(0, 10);
  return deps.db.transaction(async (tx) => {
    const categories = new Map<string, string>();
    for (const c of DEMO_KB_CATEGORIES) categories.set(c.name, (await insertKbCategory(tx, SYSTEM_ACTOR, c, now)).id);
    const ids = new Map<string, string>();
    for (const a of DEMO_ARTICLES) {
      const { category, ...rest } = a;
      const row = await insertArticle(
        tx,
        SYSTEM_ACTOR,
        { ...rest, categoryId: categories.get(category)!, status: "published", ownerId, reviewBy },
        now,
      );
      ids.set(`${a.key}:${a.language}`, row.id);
    }
    return ids;
  });
}
