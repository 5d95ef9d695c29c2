import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { authorizeArticles } from "./article.policy.ts";
import { findSuggestedArticles } from "./search-articles.store.ts";

/** The most distinct words of a draft the suggestion looks at: the subject's and the description's first ones. */
const MAX_WORDS = 24;

/** The distinct words of a draft (letters and digits), in order, at most MAX_WORDS. */
export function draftWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/**
 * Articles that may answer a request being typed (subject and description), best first: any of its words may
 * match (a draft is prose, not a query), ranked by how well; only what the person may read.
 */
export async function suggestArticles(deps: Pick<Deps, "readDb">, actor: Actor, text: string, limit = 5) {
  authorizeArticles(actor, "article.read");
  const words = draftWords(text);
  if (words.length === 0) return [];
  return findSuggestedArticles(deps.readDb, actor, words, limit);
}
