/** The server's rules for what a requester sends, checked before sending (src/tickets/ticket.routes.ts, conversation.routes.ts). */
export const SUBJECT_MAX = 200;
export const DESCRIPTION_MAX = 50_000;
export const REPLY_MAX = 50_000;
export const COMMENT_MAX = 2_000;
export const ATTACHMENT_MAX_BYTES = 20 * 1_048_576;
// Executables and scripts are refused by the server whatever their content (src/tickets/upload-attachment.ts).
const REFUSED_EXTENSIONS = /\.(exe|dll|com|bat|cmd|scr|msi|ps1|vbs|js|jar|sh)$/i;

export type FileProblem = "tooLarge" | "refused" | null;

/** Why the server would refuse this file, if it would. */
export function fileProblem(file: File | null): FileProblem {
  if (!file) return null;
  if (REFUSED_EXTENSIONS.test(file.name)) return "refused";
  if (file.size > ATTACHMENT_MAX_BYTES) return "tooLarge";
  return null;
}
