import type { Channel, Impact, Priority, Status, TicketType, Urgency } from "../../shared/enums.ts";
import type { VisitEventData } from "../visits/visit.ts";

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
export type FieldChange = {
  [K in ChangeableField]: { field: K; from: TicketFields[K]; to: TicketFields[K] };
}[ChangeableField];

type Base = { at: Date; actorId: string | null };

/** Everything that can happen to a ticket. Appended, never edited. */
export type TicketEvent =
  | (Base & {
      type: "created";
      data: {
        fields: TicketFields;
        /** Opened by an agent (e.g. while on a call with the requester). */
        fromStaff: boolean;
        /** The agent who wrote the request down on the requester's behalf (a logged call); the event's actor is then the requester. */
        recordedBy?: string;
        /** People who follow it from the start without working on it (those Cc'd on the mail that opened it). */
        followerIds?: string[];
      };
    })
  | (Base & { type: "changed"; data: { changes: FieldChange[]; reason: string | null } })
  | (Base & { type: "replied"; data: MessageData })
  | (Base & { type: "noted"; data: MessageData })
  | (Base & { type: "requester_linked"; data: RequesterLinkData })
  | (Base & { type: "public_incident"; data: PublicIncidentData })
  /** Something that happened to an onsite visit (tickets/visits/visit.ts folds them into each visit). */
  | (Base & { type: "visit"; data: VisitEventData })
  | (Base & { type: "remote_session"; data: RemoteSessionData })
  | (Base & { type: "whatsapp_template"; data: WhatsappTemplateData });

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
export type PublicIncidentData =
  | { action: "published"; title: string }
  | { action: "update"; updateId: string; body: string }
  | { action: "unpublished" };

/**
 * A step of a remote-access session on the ticket (channels/remote): asked for, consented to (by the requester in
 * the portal, or recorded by an agent on the phone with them), started, ended. Kept on the log so clocks (a start
 * may count as the first response) and indicators (session time) fold the log alone.
 */
export type RemoteSessionData = {
  sessionId: string;
  /** The tool's name as it was then (RustDesk, RDP, …). */
  tool: string;
  action: "requested" | "consented" | "started" | "ended";
  /** consented: portal (the requester) or phone (recorded by an agent). */
  via?: "portal" | "phone";
  /** ended: what came of it. */
  outcome?: "resolved" | "partly_resolved" | "not_resolved" | "cancelled";
};

/**
 * An approved WhatsApp template sent to the ticket's customer (channels/whatsapp), the one message WhatsApp takes
 * once the 24-hour window has closed. Its own event, not a reply: it is a pre-approved notice with blanks filled in,
 * so it never counts as the first response (docs/decisions/0014); its delivery is the WhatsApp message's.
 */
export type WhatsappTemplateData = {
  /** The whatsapp_messages row that carries it (its delivery status lives there). */
  messageId: string;
  name: string;
  language: string;
  parameters: string[];
};

/** A reply or note. `fromStaff` and `automatic` are kept so clocks fold the log alone (a first response is a staff reply that is not automatic). */
export type MessageData = {
  body: string;
  channel: Channel;
  attachmentIds: string[];
  fromStaff: boolean;
  /** An automatic acknowledgement, which never counts as a response. */
  automatic?: boolean;
  /** People who follow the ticket from this message on (those Cc'd on the mail it came as). */
  followerIds?: string[];
};

export type TicketEventType = TicketEvent["type"];

/** The folded state of one ticket. */
export type TicketState = TicketFields & {
  /**
   * Everyone who worked on the ticket, in order of first involvement: whoever opened or recorded it for someone
   * else, every assignee it ever had, and everyone else who acted on it (replied, noted, changed or escalated it).
   * The ticket policy lets those of them who are staff keep reading it after it moved on (ticket.policy.ts).
   */
  followerIds: string[];
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
    const { fields } = event.data;
    const creator = event.actorId === fields.requesterId ? null : event.actorId;
    return {
      ...fields,
      tags: [...fields.tags],
      followerIds: withFollowers(
        [],
        creator,
        event.data.recordedBy ?? null,
        fields.assigneeId,
        ...(event.data.followerIds ?? []),
      ),
      version: 1,
      createdAt: event.at,
      updatedAt: event.at,
      resolvedAt: event.data.fields.status === "resolved" ? event.at : null,
      closedAt: null,
    };
  }
  if (!state) throw new Error(`${event.type} before created`);
  const next: TicketState = { ...state, version: state.version + 1, updatedAt: event.at };
  // The requester acting on their own ticket (a reply, the reopen it causes) is not working on it.
  const worker = event.actorId === state.requesterId ? null : event.actorId;
  if (event.type === "requester_linked")
    return { ...next, requesterId: event.data.to.requesterId, organizationId: event.data.to.organizationId };
  if (event.type === "public_incident" || event.type === "remote_session" || event.type === "whatsapp_template") {
    next.followerIds = withFollowers(state.followerIds, worker);
    return next;
  }
  if (event.type === "visit") {
    // The technician sent to the site keeps sight of the ticket they work on, like an assignee.
    const technician = "technicianId" in event.data ? event.data.technicianId : null;
    next.followerIds = withFollowers(state.followerIds, worker, technician);
    return next;
  }
  if (event.type !== "changed") {
    if (event.data.fromStaff) next.followerIds = withFollowers(state.followerIds, worker);
    if (event.data.followerIds) next.followerIds = withFollowers(next.followerIds, ...event.data.followerIds);
    return next;
  }
  const assignees = event.data.changes.flatMap((c) => (c.field === "assigneeId" && c.to ? [c.to] : []));
  next.followerIds = withFollowers(state.followerIds, worker, ...assignees);
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

/** The follower list with the new people appended (nulls and those already there are skipped). */
function withFollowers(followers: readonly string[], ...people: Array<string | null>): string[] {
  const out = [...followers];
  for (const person of people) if (person && !out.includes(person)) out.push(person);
  return out;
}

/** Replays a ticket's whole history into its current state. */
export function replay(events: readonly TicketEvent[]): TicketState {
  let state: TicketState | undefined;
  for (const event of events) state = applyEvent(state, event);
  if (!state) throw new Error("a ticket has at least its created event");
  return state;
}
