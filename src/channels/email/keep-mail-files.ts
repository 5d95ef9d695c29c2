import { randomUUID } from "node:crypto";
import type { Deps } from "../../context.ts";
import type { DeferredWrites } from "../../platform/db/deferred-writes.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { DomainError } from "../../shared/errors.ts";
import { FALLBACK_FILENAME, normaliseFilename } from "../../tickets/attachments/attachment-file.ts";
import { insertMailFiles, type InboundMailPatch } from "./ingest-mail.store.ts";
import { sniffContentType } from "../../tickets/attachments/upload-attachment.ts";
import type { ParsedMessage } from "./parse-mail.ts";

// More files than this in one mail are not kept one by one (they stay in original.eml).
const MAX_FILES = 50;

/** A mail's attachments judged by the attachment rules: the files to keep, and a note naming those refused and why. */
export type JudgedFiles = { accepted: Array<{ filename: string; contentType: string; bytes: Buffer }>; notes: string };

/** Applies the attachment rules (size, no programs by name or content) to a mail's attachments. */
export async function judgeMailFiles(deps: Pick<Deps, "config">, mail: ParsedMessage): Promise<JudgedFiles> {
  const accepted: JudgedFiles["accepted"] = [];
  const refused: string[] = [];
  for (const [index, file] of mail.attachments.entries()) {
    const filename = normaliseFilename(file.filename || `${FALLBACK_FILENAME}-${index + 1}`);
    if (index >= MAX_FILES) {
      refused.push(`${filename}: more than ${MAX_FILES} files in one mail`);
      continue;
    }
    if (file.content.length > deps.config.ATTACHMENT_MAX_BYTES) {
      refused.push(`${filename}: larger than ${deps.config.ATTACHMENT_MAX_BYTES} bytes`);
      continue;
    }
    try {
      accepted.push({
        filename,
        contentType: await sniffContentType(file.content, file.contentType, filename),
        bytes: file.content,
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refused.push(`${filename}: ${String(error.details?.reason ?? error.message)}`);
    }
  }
  const notes =
    refused.length === 0 ? "" : `\n\n[Not kept as attachments (they remain in original.eml): ${refused.join("; ")}]`;
  return { accepted, notes };
}

/**
 * Stores a mail's original (original.eml, "view original") and its accepted attachments on a ticket through blob
 * storage; answers the original's id and the attachments' ids. Their rows go in one statement, and with them — when
 * the caller passes it — the change to the mail's inbound_mails row that names the ticket and the original.
 */
export async function storeMailFiles(
  deps: Deps,
  actor: Actor,
  ticketId: string,
  raw: Buffer,
  files: JudgedFiles,
  inbound?: InboundMailPatch,
  /** The transaction's deferred writes to queue the rows on (ingestion sends them with the ticket's, at once). */
  later?: DeferredWrites,
) {
  const createdAt = deps.clock.now();
  const uploadedBy = actorIdOf(actor);
  // The original is text (RFC 5322); served as plain text with nosniff, it never renders.
  const all = [{ filename: "original.eml", contentType: "text/plain", bytes: raw }, ...files.accepted];
  const rows = [];
  for (const file of all) {
    const stored = await deps.storage.put(file.bytes);
    rows.push({
      // Made here, not by the database, so that the ids are known without reading them back.
      id: randomUUID(),
      ticketId,
      filename: file.filename,
      contentType: file.contentType,
      size: file.bytes.length,
      sha256: stored.sha256,
      storageKey: stored.key,
      uploadedBy,
      createdAt,
    });
  }
  const [original, ...attachments] = rows.map((r) => r.id);
  await insertMailFiles(
    deps.db,
    rows,
    inbound && { ...inbound, patch: { ...inbound.patch, attachmentId: original } },
    later,
  );
  return { originalId: original!, attachmentIds: attachments };
}
