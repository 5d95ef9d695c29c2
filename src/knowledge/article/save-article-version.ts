import type { Actor } from "../../identity/actor.ts";
import { actorIdOf } from "../../identity/actor.ts";
import { diffFields, hasChanges, type AuditChanges } from "../../identity/audit.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import type { Db } from "../../platform/db/database.ts";
import { CONTENT_FIELDS, contentOf, type ArticleContent } from "./article-content.ts";
import { insertArticleVersion, updateArticleRow, type ArticleRow } from "./article.store.ts";
import { markdownText } from "./markdown.ts";

/** The fields the audit log follows (the body's changes live in the version history, with a diff). */
const AUDITED = ["title", "categoryId", "audiences", "tags", "visibility", "status", "ownerId", "reviewBy"] as const;

export type ArticleMeta = { ownerId: string | null; reviewBy: string | null };

/**
 * Writes the next version of a locked article when its content or owner/review day changed: the row, a version
 * row when the content changed, and an audit entry for what staff follow (status, visibility, audiences, owner…).
 * Returns the row unchanged when nothing changed.
 */
export async function saveArticleVersion(
  tx: Db,
  actor: Actor,
  before: ArticleRow,
  next: ArticleContent & ArticleMeta,
  at: Date,
  note = "",
): Promise<ArticleRow> {
  const contentChanges = diffFields(before, next, CONTENT_FIELDS);
  const audited: AuditChanges = diffFields(before, next, AUDITED);
  if (!hasChanges(contentChanges) && !hasChanges(audited)) return before;
  const newVersion = hasChanges(contentChanges);
  const version = newVersion ? before.version + 1 : before.version;
  const row = await updateArticleRow(tx, before, {
    ...next,
    bodyText: markdownText(next.body),
    version,
    updatedAt: at,
    publishedAt: next.status === "published" ? (before.publishedAt ?? at) : before.publishedAt,
    // A new review day is a new promise: the owner is told again when it passes.
    reviewNotifiedAt: next.reviewBy === before.reviewBy ? before.reviewNotifiedAt : null,
  });
  if (newVersion)
    await insertArticleVersion(tx, {
      articleId: row.id,
      version,
      ...contentOf(next),
      editedBy: actorIdOf(actor),
      note,
      createdAt: at,
    });
  if (hasChanges(audited))
    await recordAudit(
      tx,
      actor,
      { action: "kb_article.updated", entity: "kb_article", entityId: row.id, changes: audited },
      at,
    );
  return row;
}
