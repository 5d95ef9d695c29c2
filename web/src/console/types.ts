/** What the console reads from the API (mirrors the server's DTOs; see src/tickets/ticket.present.ts and friends). */

export const STATUSES = ["new", "open", "pending", "on_hold", "resolved", "closed"] as const;
export type Status = (typeof STATUSES)[number];
export const PRIORITIES = ["critical", "high", "medium", "low"] as const;
export type Priority = (typeof PRIORITIES)[number];
export const IMPACTS = ["organization", "department", "person"] as const;
export type Impact = (typeof IMPACTS)[number];
export const URGENCIES = ["high", "medium", "low"] as const;
export type Urgency = (typeof URGENCIES)[number];
export const ACTIVE_STATUSES = "new,open,pending,on_hold";

/** Which statuses a ticket may move to from each one (the server's lifecycle, src/tickets/ticket.ts). */
export const TRANSITIONS: Record<Status, readonly Status[]> = {
  new: ["open", "pending", "on_hold", "resolved"],
  open: ["pending", "on_hold", "resolved"],
  pending: ["open", "on_hold", "resolved"],
  on_hold: ["open", "pending", "resolved"],
  resolved: ["open", "closed"],
  closed: [],
};

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
  priorityOverride: string | null;
  status: Status;
  requesterId: string;
  organizationId: string;
  groupId: string | null;
  assigneeId: string | null;
  channel: string;
  tags: string[];
  parentId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  sla: { responseDueAt: string | null; resolutionDueAt: string | null; breached: boolean } | null;
  abilities: { read: boolean; reply: boolean; note: boolean; update: boolean; attach: boolean };
};

export type TicketPage = { items: Ticket[]; nextCursor: string | null };

export type FieldChange = { field: string; from: unknown; to: unknown };
export type TicketEvent =
  | { seq: number; type: "created"; actorId: string | null; at: string; data: { fields: Record<string, unknown>; fromStaff?: boolean; recordedBy?: string } }
  | { seq: number; type: "changed"; actorId: string | null; at: string; data: { changes: FieldChange[]; reason: string | null } }
  | { seq: number; type: "replied" | "noted"; actorId: string | null; at: string; data: { body: string; channel: string; attachmentIds: string[]; fromStaff: boolean; automatic?: boolean } }
  | { seq: number; type: "requester_linked"; actorId: string | null; at: string; data: { from: { requesterId: string }; to: { requesterId: string }; via: "confirmation" | "agent" } }
  | { seq: number; type: "public_incident"; actorId: string | null; at: string; data: { action: "published"; title: string } | { action: "update"; body: string } | { action: "unpublished" } };

export type Attachment = { id: string; filename: string; contentType: string; size: number; sha256: string; createdAt: string };

export type ClockKind = "first_response" | "next_reply" | "resolution";
export type Clock = {
  kind: ClockKind;
  cycle: number;
  targetMinutes: number;
  usedMinutes: number;
  remainingMinutes: number;
  state: "running" | "paused" | "stopped";
  /** met_by_resolution: resolved before any public reply, and still resolved (first response). */
  outcome: "pending" | "met" | "met_by_resolution" | "breached";
  startedAt: string;
  dueAt: string | null;
  /** While paused: when it would be due if resumed now. */
  dueIfResumedAt?: string | null;
  breachedAt: string | null;
  stoppedAt: string | null;
  stopCause: string | null;
};
export type TicketSla = {
  ticketId: string;
  number: number;
  computedAt: string;
  policy: { id: string; name: string; version: number } | null;
  clocks: Clock[];
  followsParent: { id: string; number: number } | null;
};

export type Escalation = {
  id: string;
  kind: "warning" | "breach" | "functional" | "hierarchical" | "priority" | "manual";
  level: number | null;
  clock: ClockKind | null;
  fromGroupId: string | null;
  toGroupId: string | null;
  fromPriority: Priority | null;
  toPriority: Priority | null;
  notified: string[];
  reason: string;
  rule: string | null;
  actorId: string | null;
  at: string;
};

export type Person = { id: string; organizationId: string; name: string; email: string; phone: string | null; role: string; active: boolean };
export type Group = { id: string; name: string; tier: number; memberIds: string[] };
export type Organization = { id: string; name: string };
export type Category = { id: string; name: string };
export type PriorityMatrix = Record<Impact, Record<Urgency, Priority>>;

export type View = {
  key: string;
  kind: "standard" | "priority" | "organization" | "saved";
  id: string | null;
  name: string | null;
  filters: Record<string, string>;
  count: number | null;
};

export type CannedResponse = { id: string; title: string; body: string; createdBy: string | null; updatedAt: string };

export type BulkChanges = {
  status?: Status;
  assigneeId?: string | null;
  groupId?: string;
  priority?: Priority;
  priorityReason?: string;
  addTags?: string[];
};
export type BulkResult = { ticketId: string; number: number; ok: boolean; problem?: unknown };

export type CallOutcome = "resolved_on_call" | "new_ticket" | "updated_ticket";
export type CallLog = {
  id: string;
  ticketId: string;
  ticketNumber: number;
  callerId: string | null;
  callerName: string | null;
  callerNumber: string;
  direction: string;
  agentId: string | null;
  agentName: string | null;
  startedAt: string;
  durationSeconds: number;
  notes: string;
  outcome: CallOutcome;
  createdAt: string;
};
export type CallerMatch = {
  person: { id: string; name: string; email: string; phone: string | null; organizationId: string; organizationName: string };
  openTickets: { id: string; number: number; subject: string; status: Status; priority: Priority }[];
};
