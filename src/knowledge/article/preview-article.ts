import type { Actor } from "../../identity/actor.ts";
import type { ContentLanguage } from "../../shared/enums.ts";
import { authorizeArticles } from "./article.policy.ts";
import { renderMarkdown } from "./markdown.ts";

export type ArticlePreview = { html: string; direction: "ltr" | "rtl" };

/**
 * Unsaved Markdown as the article would show it (article writers only): the very renderer and sanitiser that saved
 * articles go through, so what the editor sees beside the text is what readers will get, scripts included (inert).
 */
export function previewArticle(actor: Actor, input: { body: string; language: ContentLanguage }): ArticlePreview {
  authorizeArticles(actor, "article.write");
  return { html: renderMarkdown(input.body), direction: input.language === "ur" ? "rtl" : "ltr" };
}
