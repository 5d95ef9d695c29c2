import type { Settings } from "../api/types.ts";

/** The server's rules for what a requester sends, checked before sending (src/tickets/ticket.routes.ts, conversation.routes.ts). */
export const SUBJECT_MAX = 200;
export const DESCRIPTION_MAX = 50_000;
export const REPLY_MAX = 50_000;
export const COMMENT_MAX = 2_000;

/** The server's attachment rules (GET /api/v1/settings): its configured limit and the kinds it refuses. */
export type AttachmentRules = Settings["attachments"];

export type FileProblem = "tooLarge" | "refused" | null;

/** The extension a machine will go by: the last one, after trailing dots and spaces ("setup.EXE. " is "exe"). */
function extensionOf(name: string): string {
  return /\.([^.]+)$/.exec(name.replace(/[. ]+$/, ""))?.[1]?.toLowerCase() ?? "";
}

/** Why the server would refuse this file, if it would; until its rules have arrived, only the server checks. */
export function fileProblem(file: File | null, rules: AttachmentRules | undefined): FileProblem {
  if (!file || !rules) return null;
  if (rules.refusedExtensions.includes(extensionOf(file.name))) return "refused";
  if (file.size > rules.maxBytes) return "tooLarge";
  return null;
}
