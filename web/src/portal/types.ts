import type { Impact, Status } from "../../../src/shared/enums.ts";

/** What the portal reads from the tickets API: the generated types (web/src/api/schema.d.ts), named for the portal. */
export { URGENCIES } from "../../../src/shared/enums.ts";
export type { Impact, Priority, Status, Urgency } from "../../../src/shared/enums.ts";

/** The impacts as a requester is asked them: from themselves outwards (the server lists them widest first). */
export const IMPACTS = ["person", "department", "organization"] as const satisfies readonly Impact[];
export type { TicketPage } from "../api/tickets.ts";
export type { Attachment, Category, FieldChange, Rating, Ticket, TicketEvent } from "../api/types.ts";

/** Whether the ticket is finished from the requester's point of view (rating is offered, a reply reopens). */
export const isDone = (status: Status) => status === "resolved" || status === "closed";

/** Badge class for a status: a word is always shown next to it, colour only supports it. */
export function statusTone(status: Status): string {
  switch (status) {
    case "new":
    case "open":
      return "normal";
    case "pending":
      return "warning";
    case "on_hold":
      return "paused";
    case "resolved":
    case "closed":
      return "met";
  }
}

/** "12.3 KB" */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
