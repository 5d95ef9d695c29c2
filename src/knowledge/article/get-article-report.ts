import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { authorizeArticles } from "./article.policy.ts";
import { findArticleFigures, findFeedbackComments } from "./article-feedback.store.ts";

/** How many rows each list of the report keeps. */
const TOP = 10;

type Figures = Awaited<ReturnType<typeof findArticleFigures>>[number];

/** The share of "no" among an article's answers (0 when nobody answered). */
export function unhelpfulShare(f: Pick<Figures, "helpful" | "unhelpful">): number {
  const answers = f.helpful + f.unhelpful;
  return answers === 0 ? 0 : f.unhelpful / answers;
}

/**
 * The owners' report on published articles (staff): most viewed, least helpful (most "no" answers in share, among
 * those with any), deflections per article, and readers' latest comments. `mine` keeps the caller's own articles.
 */
export async function getArticleReport(deps: Pick<Deps, "readDb">, actor: Actor, mine: boolean) {
  authorizeArticles(actor, "article.report");
  const all = (await findArticleFigures(deps.readDb)).filter((f) => !mine || f.ownerId === actor.personId);
  const ids = new Set(all.map((f) => f.id));
  const rated = all.filter((f) => f.helpful + f.unhelpful > 0);
  return {
    mostViewed: all.filter((f) => f.views > 0).slice(0, TOP),
    leastHelpful: rated
      .sort((a, b) => unhelpfulShare(b) - unhelpfulShare(a) || b.unhelpful - a.unhelpful)
      .slice(0, TOP),
    deflections: all
      .filter((f) => f.deflections > 0)
      .sort((a, b) => b.deflections - a.deflections)
      .slice(0, TOP),
    comments: (await findFeedbackComments(deps.readDb, 50)).filter((c) => ids.has(c.articleId)).slice(0, 20),
  };
}
