// The Markdown file form of an article, read by `frontline kb import` and written by `frontline kb export`:
// YAML front matter (title, category, audience, tags, language, and optionally visibility and status), then the body.
import { parse, stringify } from "yaml";
import { z } from "zod";
import { storableText } from "../../shared/storable-text.ts";
import { ARTICLE_STATUSES, CONTENT_LANGUAGES, CONTENT_VISIBILITIES, KNOWLEDGE_AUDIENCES } from "../../shared/enums.ts";
import type { ContentLanguage, ContentVisibility, ArticleStatus, KnowledgeAudience } from "../../shared/enums.ts";

/** An article file's name: its key, an optional language suffix (`.ur`), `.md`. */
const FILE_NAME = /^([a-z0-9][a-z0-9-]{0,79})(?:\.(en|ur))?\.md$/;

const FrontMatter = z.strictObject({
  title: storableText().trim().min(1).max(200),
  category: storableText().trim().min(1).max(80).optional(),
  audience: storableText()
    .transform((s) => s.split(",").map((a) => a.trim()))
    .pipe(z.array(z.enum(KNOWLEDGE_AUDIENCES)).min(1)),
  tags: z.array(z.coerce.string().trim().min(1).max(40)).max(20).default([]),
  language: z.enum(CONTENT_LANGUAGES).default("en"),
  visibility: z.enum(CONTENT_VISIBILITIES).default("signed_in"),
  status: z.enum(ARTICLE_STATUSES).default("published"),
});

export type ArticleFile = {
  key: string;
  language: ContentLanguage;
  title: string;
  category: string | null;
  audiences: KnowledgeAudience[];
  tags: string[];
  visibility: ContentVisibility;
  status: ArticleStatus;
  body: string;
};

/** Whether a file name is an article file, and its key. */
export function articleKeyOf(fileName: string): string | null {
  return FILE_NAME.exec(fileName)?.[1] ?? null;
}

/** Reads one article file; throws an Error naming the file and the field at fault. */
export function parseArticleFile(fileName: string, text: string): ArticleFile {
  const key = articleKeyOf(fileName);
  if (!key) throw new Error(`${fileName}: the name must be a key (a-z, 0-9, hyphens) with .md or .ur.md`);
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ""));
  if (!match) throw new Error(`${fileName}: no front matter (a block between --- lines at the top)`);
  let data: unknown;
  try {
    data = parse(match[1]!);
  } catch (error) {
    throw new Error(`${fileName}: the front matter is not valid YAML (${(error as Error).message.split("\n")[0]})`);
  }
  const result = FrontMatter.safeParse(data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${fileName}: ${issue.path.join(".") || "front matter"}: ${issue.message}`);
  }
  const body = match[2]!.trim();
  if (!body) throw new Error(`${fileName}: the article has no text after its front matter`);
  const fm = result.data;
  const suffix = FILE_NAME.exec(fileName)![2];
  if (suffix && suffix !== fm.language)
    throw new Error(`${fileName}: language: the name says ${suffix} but the front matter says ${fm.language}`);
  return { key, ...fm, category: fm.category ?? null, audiences: fm.audience, body };
}

/** The file name an article is exported under: its key, `.ur` for Urdu, `.md`. */
export function articleFileName(key: string, language: ContentLanguage): string {
  return language === "en" ? `${key}.md` : `${key}.${language}.md`;
}

/** Writes an article as a file `parseArticleFile` reads back to the same article. */
export function formatArticleFile(a: Omit<ArticleFile, "key">): string {
  const front = stringify({
    title: a.title,
    ...(a.category ? { category: a.category } : {}),
    audience: a.audiences.join(","),
    tags: a.tags,
    language: a.language,
    visibility: a.visibility,
    status: a.status,
  });
  return `---\n${front}---\n\n${a.body}\n`;
}

/** The relative image paths an article's Markdown shows (`![alt](images/vpn.png)`), each once. */
export function localImagePaths(body: string): string[] {
  const paths = [...body.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  return [...new Set(paths.filter((p) => !/^([a-z][a-z0-9+.-]*:|\/)/i.test(p)))];
}

/** Replaces image paths in Markdown image links by new addresses. */
export function rewriteImageLinks(body: string, to: ReadonlyMap<string, string>): string {
  return body.replace(/(!\[[^\]]*\]\(\s*<?)([^)\s>]+)/g, (all, head: string, target: string) =>
    to.has(target) ? `${head}${to.get(target)}` : all,
  );
}
