import { diffLines } from "diff";

/** One run of lines in a diff: kept in both, only in the later version (added) or only in the earlier (removed). */
export type DiffPart = { op: "same" | "added" | "removed"; text: string };

/** What changed between two versions of an article: its title (when it did) and its Markdown, line by line. */
export type ArticleDiff = { title: { from: string; to: string } | null; body: DiffPart[] };

/** Compares two versions' title and body (the earlier first), as line runs a reader can colour. */
export function diffArticleVersions(
  from: { title: string; body: string },
  to: { title: string; body: string },
): ArticleDiff {
  const body = diffLines(from.body, to.body).map((part): DiffPart => ({
    op: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
  return { title: from.title === to.title ? null : { from: from.title, to: to.title }, body };
}
