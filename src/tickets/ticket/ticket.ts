import type { Actor } from "../../identity/actor.ts";
import type { Channel, Impact, Priority, Status, Urgency } from "../../shared/enums.ts";
import type { ChangeableField, FieldChange, TicketFields, TicketState } from "./events.ts";
import { ticketError } from "../ticket.errors.ts";

/**
 * The status lifecycle: new → open → pending (waiting on the customer) / on hold → resolved → closed,
 * with reopen from resolved. A ticket can be resolved at first contact straight from new.
 */
const TRANSITIONS: Record<Status, readonly Status[]> = {
  new: ["open", "pending", "on_hold", "resolved"],
  open: ["pending", "on_hold", "resolved"],
  pending: ["open", "on_hold", "resolved"],
  on_hold: ["open", "pending", "resolved"],
  resolved: ["open", "closed"],
  closed: [],
};

/** Whether the lifecycle allows moving from one status to another. */
export function canTransition(from: Status, to: Status): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The statuses a ticket may move to from `from` (sent with the ticket, so the browser keeps no copy of the table). */
export function nextStatuses(from: Status): readonly Status[] {
  return TRANSITIONS[from];
}

/** Statuses in which the help desk still owes the customer something. */
export const ACTIVE_STATUSES: readonly Status[] = ["new", "open", "pending", "on_hold"];

export type PriorityMatrix = Record<Impact, Record<Urgency, Priority>>;

/** Impact × urgency → priority, as published: a whole-organization outage needed now is Critical. */
export const DEFAULT_PRIORITY_MATRIX: PriorityMatrix = {
  organization: { high: "critical", medium: "high", low: "medium" },
  department: { high: "high", medium: "medium", low: "low" },
  person: { high: "medium", medium: "low", low: "low" },
};

/** The priority the matrix gives an impact and urgency. */
export function priorityFor(matrix: PriorityMatrix, impact: Impact, urgency: Urgency): Priority {
  return matrix[impact][urgency];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a ticket reference names: its id, or its number ("10001" or "#10001"); anything else names no ticket. */
export function parseTicketRef(ref: string): { id: string } | { number: number } | null {
  if (UUID.test(ref)) return { id: ref.toLowerCase() };
  const number = /^#?(\d{1,9})$/.exec(ref);
  return number ? { number: Number(number[1]) } : null;
}

/** A priority against the matrix stands only with a reason, which the ticket keeps as `priorityOverride`. */
export function overrideReason(reason: string | undefined): string {
  const trimmed = reason?.trim();
  if (!trimmed) throw ticketError("PRIORITY_OVERRIDE_NEEDS_REASON", "body.priorityReason");
  return trimmed;
}

/** The priority a new ticket opens with: the matrix's, unless staff asked for another one (with a reason). */
export function openingPriority(matrixPriority: Priority, requested: Priority | undefined, reason: string | undefined) {
  if (requested === undefined || requested === matrixPriority)
    return { priority: matrixPriority, priorityOverride: null };
  return { priority: requested, priorityOverride: overrideReason(reason) };
}

/** Where a ticket or a message came from when the caller does not say: an API token is the API, else the portal. */
export function defaultChannel(actor: Pick<Actor, "via">): Channel {
  return actor.via === "token" ? "api" : "portal";
}

/**
 * What a public reply does to the status: staff answering a new ticket open it; a requester
 * answering brings a pending or resolved ticket back to open (a reopen).
 */
export function statusAfterReply(status: Status, byStaff: boolean): Status | null {
  if (byStaff) return status === "new" ? "open" : null;
  return status === "pending" || status === "resolved" ? "open" : null;
}

/** A requested change to a ticket's fields; absent keys stay as they are. */
export type TicketPatch = Partial<Pick<TicketFields, ChangeableField>> & {
  /** Required when `priority` differs from what the matrix gives. */
  priorityReason?: string;
};

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

const ORDER: readonly ChangeableField[] = [
  "subject",
  "description",
  "type",
  "categoryId",
  "impact",
  "urgency",
  "priority",
  "priorityOverride",
  "status",
  "groupId",
  "assigneeId",
  "tags",
  "parentId",
];

/**
 * Decides the field changes a patch makes, enforcing the ticket's rules: the status lifecycle,
 * a closed ticket is frozen, and the priority follows the matrix unless overridden with a reason.
 */
export function decideChanges(state: TicketState, patch: TicketPatch, matrix: PriorityMatrix): FieldChange[] {
  if (state.status === "closed") throw ticketError("TICKET_CLOSED", "body");
  const target: TicketFields = { ...state };
  for (const field of ORDER) {
    if (field in patch && patch[field] !== undefined && field !== "priorityOverride") {
      (target as Record<string, unknown>)[field] = patch[field];
    }
  }
  if (patch.tags) target.tags = [...new Set(patch.tags)];
  const matrixPriority = priorityFor(matrix, target.impact, target.urgency);
  // Re-sending a standing override unchanged (a form submitted whole) keeps it without asking again.
  const keepsOverride =
    patch.priority === state.priority &&
    patch.priority !== matrixPriority &&
    state.priorityOverride !== null &&
    !patch.priorityReason?.trim();
  if (keepsOverride) {
    target.priority = state.priority;
  } else if (patch.priority !== undefined && patch.priority !== matrixPriority) {
    target.priorityOverride = overrideReason(patch.priorityReason);
  } else if (patch.priority !== undefined || patch.impact !== undefined || patch.urgency !== undefined) {
    // An explicit priority equal to the matrix, or a new impact/urgency without one, returns to the matrix
    // unless an override is standing and only impact/urgency moved.
    if (patch.priority !== undefined || state.priorityOverride === null) {
      target.priority = matrixPriority;
      target.priorityOverride = null;
    }
  }
  if (target.status !== state.status && !canTransition(state.status, target.status)) {
    throw ticketError("INVALID_TRANSITION", "body.status", { from: state.status, to: target.status });
  }
  const changes: FieldChange[] = [];
  for (const field of ORDER) {
    if (!sameValue(state[field], target[field])) {
      changes.push({ field, from: state[field], to: target[field] } as FieldChange);
    }
  }
  return changes;
}
