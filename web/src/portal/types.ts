/** What the portal reads from the tickets API (a subset of TicketDto in src/tickets/ticket.present.ts). */
export type Status = "new" | "open" | "pending" | "on_hold" | "resolved" | "closed";
export type Impact = "organization" | "department" | "person";
export type Urgency = "high" | "medium" | "low";
export type Priority = "critical" | "high" | "medium" | "low";

export type Ticket = {
  id: string;
  number: number;
  subject: string;
  description: string;
  type: string;
  categoryId: string | null;
  impact: Impact;
  urgency: Urgency;
  priority: Priority;
  status: Status;
  requesterId: string;
  organizationId: string;
  channel: string;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  sla: { responseDueAt: string | null; resolutionDueAt: string | null; breached: boolean } | null;
  abilities: { read: boolean; reply: boolean; note: boolean; update: boolean; attach: boolean };
};

export type TicketPage = { items: Ticket[]; nextCursor: string | null };

export type TicketEvent = { seq: number; type: "created" | "changed" | "replied" | "noted"; actorId: string | null; at: string; data: Record<string, unknown> };

export type Attachment = { id: string; filename: string; contentType: string; size: number; createdAt: string };

export type Category = { id: string; name: string; description: string };

export type Rating = { score: number; comment: string; createdAt: string; updatedAt: string };

export const IMPACTS: readonly Impact[] = ["person", "department", "organization"];
export const URGENCIES: readonly Urgency[] = ["high", "medium", "low"];

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
