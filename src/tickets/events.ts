import type { Channel, Impact, Priority, Status, TicketType, Urgency } from "../shared/enums.ts";

/** The fields a ticket carries; every one of them changes only through an event. */
export type TicketFields = {
  subject: string;
  description: string;
  type: TicketType;
  categoryId: string | null;
  impact: Impact;
  urgency: Urgency;
  priority: Priority;
  /** The reason given when the priority was set by hand instead of by the matrix; null when it follows the matrix. */
  priorityOverride: string | null;
  status: Status;
  requesterId: string;
  organizationId: string;
  groupId: string | null;
  assigneeId: string | null;
  channel: Channel;
  tags: string[];
  parentId: string | null;
};

export type ChangeableField = Exclude<keyof TicketFields, "requesterId" | "organizationId" | "channel">;

/** One field's move, as the history shows it: what, from, to. */
export type FieldChange = { [K in ChangeableField]: { field: K; from: TicketFields[K]; to: TicketFields[K] } }[ChangeableField];

type Base = { at: Date; actorId: string | null };

/** Everything that can happen to a ticket. Appended, never edited. */
export type TicketEvent =
  | (Base & { type: "created"; data: { fields: TicketFields; /** Opened by an agent (e.g. while on a call with the requester). */ fromStaff: boolean } })
  | (Base & { type: "changed"; data: { changes: FieldChange[]; reason: string | null } })
  | (Base & { type: "replied"; data: MessageData })
  | (Base & { type: "noted"; data: MessageData })
  | (Base & { type: "requester_linked"; data: RequesterLinkData })
  | (Base & { type: "public_incident"; data: PublicIncidentData });

/**
 * A request raised without a verified person (the public form) linked to one: by the person confirming the
 * signed link mailed to the address, or by an agent matching it (docs/decisions/0004).
 */
export type RequesterLinkData = {
  from: { requesterId: string; organizationId: string };
  to: { requesterId: string; organizationId: string };
  via: "confirmation" | "agent";
};

/** Staff publishing the ticket on the public status page: its public title, a public update, or taking it off. */
export type PublicIncidentData = { action: "published"; title: string } | { action: "update"; updateId: string; body: string } | { action: "unpublished" };

/** A reply or note. `fromStaff` and `automatic` are kept so clocks fold the log alone (a first response is a staff reply that is not automatic). */
export type MessageData = {
  body: string;
  channel: Channel;
  attachmentIds: string[];
  fromStaff: boolean;
  /** An automatic acknowledgement, which never counts as a response. */
  automatic?: boolean;
};

export type TicketEventType = TicketEvent["type"];

/** The folded state of one ticket. */
export type TicketState = TicketFields & {
  version: number;
  createdAt: Date;
  updatedAt: Date;
  resolvedAt: Date | null;
  closedAt: Date | null;
};

/** Applies one event to the state before it (undefined before `created`). */
export function applyEvent(state: TicketState | undefined, event: TicketEvent): TicketState {
  if (event.type === "created") {
    if (state) throw new Error("a ticket is created once");
    return {
      ...event.data.fields,
      tags: [...event.data.fields.tags],
      version: 1,
      createdAt: event.at,
      updatedAt: event.at,
      resolvedAt: event.data.fields.status === "resolved" ? event.at : null,
      closedAt: null,
    };
  }
  if (!state) throw new Error(`${event.type} before created`);
  const next: TicketState = { ...state, version: state.version + 1, updatedAt: event.at };
  if (event.type === "requester_linked") return { ...next, requesterId: event.data.to.requesterId, organizationId: event.data.to.organizationId };
  if (event.type !== "changed") return next;
  for (const change of event.data.changes) {
    (next as Record<string, unknown>)[change.field] = Array.isArray(change.to) ? [...change.to] : change.to;
    if (change.field === "status") {
      // Reopening clears the resolution stamp; closing keeps it (resolution time stays measurable).
      if (change.to === "resolved") next.resolvedAt = event.at;
      else if (change.to === "closed") next.closedAt = event.at;
      else next.resolvedAt = null;
    }
  }
  return next;
}

/** Replays a ticket's whole history into its current state. */
export function replay(events: readonly TicketEvent[]): TicketState {
  let state: TicketState | undefined;
  for (const event of events) state = applyEvent(state, event);
  if (!state) throw new Error("a ticket has at least its created event");
  return state;
}
