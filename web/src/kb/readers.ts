// How the knowledge base home arranges the articles a reader may read: one language version of each article, and
// the sections by audience. Pure, so the rules are tested without a browser.

type Versioned = { key: string; language: string };
type Reached = { audiences: readonly string[]; categoryId: string | null };

/**
 * One version of each article (articles sharing a key are its language versions): the one in the reader's language
 * when there is one, else English, else the first listed. The list's order (by title) is kept.
 */
export function oneVersionEach<T extends Versioned>(articles: readonly T[], lang: string): T[] {
  const chosen = new Map<string, T>();
  const rank = (a: T) => (a.language === lang ? 0 : a.language === "en" ? 1 : 2);
  for (const article of articles) {
    const held = chosen.get(article.key);
    if (!held || rank(article) < rank(held)) chosen.set(article.key, article);
  }
  const picked = new Set(chosen.values());
  return articles.filter((a) => picked.has(a));
}

export type Sections<T> = {
  /** Meant for new employees only: the first days' help. */
  newEmployees: T[];
  /** Meant for current employees (everyone's everyday help; articles for everyone are here). */
  everyday: T[];
  /** Meant for the service desk only (staff see these; the server never lists them to employees). */
  agents: T[];
};

/** The home page's sections by audience; each article appears in one of them. */
export function sectionsOf<T extends Reached>(articles: readonly T[]): Sections<T> {
  const sections: Sections<T> = { newEmployees: [], everyday: [], agents: [] };
  for (const article of articles) {
    if (article.audiences.includes("current")) sections.everyday.push(article);
    else if (article.audiences.includes("new")) sections.newEmployees.push(article);
    else sections.agents.push(article);
  }
  return sections;
}

/** How many of the articles are in each category (by id), for the category list. */
export function countByCategory(articles: readonly Reached[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { categoryId } of articles) if (categoryId) counts.set(categoryId, (counts.get(categoryId) ?? 0) + 1);
  return counts;
}
