import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { CONTENT_LANGUAGES, type ContentLanguage } from "../../shared/enums.ts";
import { authorizeArticles } from "./article.policy.ts";
import { findPublishedVersions, findSuggestedArticles } from "./search-articles.store.ts";

/** The most distinct words of a draft the suggestion looks at: the subject's and the description's first ones. */
const MAX_WORDS = 24;

/** The distinct words of a draft (letters and digits), in order, at most MAX_WORDS. */
export function draftWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_WORDS);
}

type Suggested = { id: string; key: string; title: string; language: ContentLanguage; score: number };

/**
 * One suggestion per article (its language versions share `key`), best first by its best-matching version, shown in
 * `language` when it has a readable version in it, else in English, else as matched — as the /kb lists choose.
 */
export function oneVersionPerArticle(
  matches: readonly Suggested[],
  inLanguage: ReadonlyMap<string, Omit<Suggested, "score">>,
  language: ContentLanguage,
  limit: number,
): Suggested[] {
  const byKey = new Map<string, Suggested[]>();
  for (const m of matches) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
  return [...byKey.values()].slice(0, limit).map((versions) => {
    const best = versions[0]!;
    const wanted = versions.find((v) => v.language === language) ?? inLanguage.get(best.key);
    if (wanted) return { ...wanted, score: best.score };
    return { ...(versions.find((v) => v.language === "en") ?? best), score: best.score };
  });
}

/**
 * Articles that may answer a request being typed (subject and description), best first: any of its words may
 * match (a draft is prose, not a query), ranked by how well; only what the person may read; each article once, in
 * the reader's language when it has a version in it.
 */
export async function suggestArticles(
  deps: Pick<Deps, "readDb">,
  actor: Actor,
  text: string,
  language: ContentLanguage = "en",
  limit = 5,
): Promise<Suggested[]> {
  authorizeArticles(actor, "article.read");
  const words = draftWords(text);
  if (words.length === 0) return [];
  // Each article has at most one version per language, so this many rows hold the best `limit` articles.
  const matches = await findSuggestedArticles(deps.readDb, actor, words, limit * CONTENT_LANGUAGES.length);
  const keys = [...new Set(matches.map((m) => m.key))].slice(0, limit);
  const missing = keys.filter((k) => !matches.some((m) => m.key === k && m.language === language));
  const versions = await findPublishedVersions(deps.readDb, actor, missing, language);
  return oneVersionPerArticle(matches, new Map(versions.map((v) => [v.key, v])), language, limit);
}
