import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Deps } from "../context.ts";
import { articleKeyOf, parseArticleFile, type ArticleFile } from "../knowledge/article/article-file.ts";
import { exportArticles } from "../knowledge/article/export-articles.ts";
import { importArticle, loadImages, type ImportOutcome } from "../knowledge/article/import-articles.ts";
import { UsageError } from "./usage-error.ts";

/** Draws the import's progress on one terminal line (`[#####-----] 5/10 vpn.md`); nothing when not a TTY. */
export function progressLine(done: number, total: number, label: string, width = 20): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${label}`;
}

/**
 * `frontline kb import DIR`: every `*.md` article file in DIR (not its subfolders, which hold images). All files
 * and their images are checked first — any problem stops the import with nothing stored — then imported in one
 * transaction. Prints one line per file and a summary.
 */
export async function kbImport(
  deps: Pick<Deps, "db" | "clock" | "storage" | "config">,
  dir: string,
  out: { line(text: string): void; progress?(text: string): void },
): Promise<Record<ImportOutcome, number>> {
  const names = await readdir(dir).catch(() => {
    throw new UsageError(`${dir} is not a folder that can be read`);
  });
  const files = names.filter((n) => n.endsWith(".md")).sort();
  if (files.length === 0) throw new UsageError(`${dir} holds no .md article files`);
  const problems: string[] = [];
  const parsed: Array<{ name: string; article: ArticleFile; images: Awaited<ReturnType<typeof loadImages>> }> = [];
  for (const name of files) {
    try {
      if (!articleKeyOf(name))
        throw new Error(`${name}: the name must be a key (a-z, 0-9, hyphens) with .md or .ur.md`);
      const article = parseArticleFile(name, await readFile(path.join(dir, name), "utf8"));
      const read = (p: string) => readFile(path.resolve(dir, p)).catch(() => null);
      parsed.push({ name, article, images: await loadImages(name, article, read, deps.config.ATTACHMENT_MAX_BYTES) });
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  const seen = new Set<string>();
  for (const { name, article } of parsed) {
    const id = `${article.key}:${article.language}`;
    if (seen.has(id)) problems.push(`${name}: another file is already article ${article.key} in ${article.language}`);
    seen.add(id);
  }
  if (problems.length > 0) throw new UsageError(`nothing was imported:\n${problems.join("\n")}`);
  const counts: Record<ImportOutcome, number> = { created: 0, updated: 0, unchanged: 0 };
  const at = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    for (const [i, { name, article, images }] of parsed.entries()) {
      const outcome = await importArticle(deps, tx, article, images, at);
      counts[outcome] += 1;
      out.progress?.(progressLine(i + 1, parsed.length, name));
      if (!out.progress) out.line(`${outcome} ${name}`);
    }
  });
  out.line(`${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`);
  return counts;
}

/** `frontline kb export DIR`: every article as an article file (and its images) that `kb import` reads back. */
export async function kbExport(deps: Pick<Deps, "db" | "storage">, dir: string, line: (text: string) => void) {
  const files = await exportArticles(deps);
  for (const file of files) {
    const target = path.join(dir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.bytes);
  }
  line(`${files.filter((f) => f.path.endsWith(".md")).length} articles written to ${dir}`);
}
