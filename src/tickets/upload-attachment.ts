import { fileTypeFromBuffer } from "file-type";
import type { Deps } from "../context.ts";
import { actorIdOf, type Actor } from "../identity/actor.ts";
import { insertAttachment } from "./attachment.store.ts";
import { ticketError } from "./ticket.errors.ts";
import { authorize } from "./ticket.policy.ts";
import { findTicket } from "./ticket.store.ts";

// Executables and scripts are refused whatever the upload claims; they have no place in a ticket.
const REFUSED = new Set([
  "application/x-msdownload",
  "application/x-elf",
  "application/x-mach-binary",
  "application/x-sharedlib",
  "application/x-executable",
  "application/vnd.microsoft.portable-executable",
  "application/x-msi",
]);
const REFUSED_EXTENSIONS = /\.(exe|dll|com|bat|cmd|scr|msi|ps1|vbs|js|jar|sh)$/i;
const TEXTUAL = /^(text\/(plain|csv)|application\/json)$/;

/** Decides the stored content type from the bytes, never trusting the client's claim for binary data. */
export async function sniffContentType(bytes: Buffer, declared: string | undefined, filename: string): Promise<string> {
  // The name decides how the recipient's machine opens it, so an executable name is refused even over harmless-looking bytes (a .jar is a zip).
  if (REFUSED_EXTENSIONS.test(filename)) throw ticketError("ATTACHMENT_TYPE_REFUSED", "body.file");
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    if (REFUSED.has(detected.mime)) throw ticketError("ATTACHMENT_TYPE_REFUSED", "body.file");
    return detected.mime;
  }
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
  const filename = file.filename.replace(/[\\/\u0000-\u001f]/g, "_").slice(0, 200) || "attachment";
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
