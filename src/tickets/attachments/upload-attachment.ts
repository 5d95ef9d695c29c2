import { fileTypeFromBuffer } from "file-type";
import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { judgeAttachment, normaliseFilename } from "./attachment-file.ts";
import { insertAttachment } from "./attachment.store.ts";
import { ticketError } from "../ticket.errors.ts";
import { authorize } from "../ticket/ticket.policy.ts";
import { findTicket } from "../ticket/ticket.store.ts";

const TEXTUAL = /^(text\/(plain|csv)|application\/json)$/;

/**
 * Decides the stored content type from the bytes, never trusting the client's claim for binary data; refuses
 * executables and scripts by content and by (normalised) name, the rule of attachment-file.ts.
 */
export async function sniffContentType(bytes: Buffer, declared: string | undefined, filename: string): Promise<string> {
  const detected = await fileTypeFromBuffer(bytes);
  const verdict = judgeAttachment({ name: filename, bytes, sniffedType: detected?.mime });
  if (!verdict.ok) throw ticketError("ATTACHMENT_TYPE_REFUSED", "body.file", { reason: verdict.reason });
  if (detected) return detected.mime;
  // Undetectable bytes are text or unknown; only plain textual claims are kept, so nothing renders as HTML.
  const claim = (declared ?? "").split(";")[0]!.trim().toLowerCase();
  return TEXTUAL.test(claim) ? claim : "application/octet-stream";
}

/** Stores a file on a ticket the actor may attach to; reply or note then references it by id. */
export async function uploadAttachment(
  deps: Deps,
  actor: Actor,
  ticketId: string,
  file: { filename: string; bytes: Buffer; declaredType?: string },
) {
  const ticket = await findTicket(deps.db, actor, ticketId);
  if (!ticket) throw ticketError("TICKET_NOT_FOUND", "params.id");
  authorize(actor, "attach", ticket);
  if (file.bytes.length > deps.config.ATTACHMENT_MAX_BYTES) throw ticketError("ATTACHMENT_TOO_LARGE", "body.file");
  const filename = normaliseFilename(file.filename);
  const contentType = await sniffContentType(file.bytes, file.declaredType, filename);
  const stored = await deps.storage.put(file.bytes);
  return insertAttachment(deps.db, {
    ticketId,
    filename,
    contentType,
    size: file.bytes.length,
    sha256: stored.sha256,
    storageKey: stored.key,
    uploadedBy: actorIdOf(actor),
    createdAt: deps.clock.now(),
  });
}
