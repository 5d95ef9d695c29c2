import { z } from "zod";
import { hasScope, isStaff, type Actor } from "../../identity/actor.ts";
import type { TicketEvent } from "../ticket/events.ts";
import { requesterSeesEvent } from "../ticket/requester-view.policy.ts";
import { can } from "../ticket/ticket.policy.ts";

/**
 * Live updates: what every process announces on commit (NOTIFY frontline_live) and what each open stream of
 * GET /api/v1/live passes on to its caller, filtered by the ticket policy.
 */
export const LIVE_CHANNEL = "frontline_live";

export const TICKET_CHANGES = ["created", "updated", "replied", "noted"] as const;
export type TicketChangeKind = (typeof TICKET_CHANGES)[number];

const Uuid = z.uuid();
const Instant = z.iso.datetime({ offset: true });

/** NOTIFY payloads stay under 8,000 bytes: a ticket worked on by more people names only the latest this many. */
export const MAX_LIVE_FOLLOWERS = 100;

// Who may see the ticket: the facts canSee needs, carried in every message so streams decide without a query.
const Access = {
  ticketId: Uuid,
  number: z.number().int(),
  organizationId: Uuid,
  requesterId: Uuid,
  groupId: Uuid.nullable(),
  assigneeId: Uuid.nullable(),
  /** Staff who worked on it (the latest MAX_LIVE_FOLLOWERS); absent from older processes' messages. */
  followerIds: z.array(Uuid).max(MAX_LIVE_FOLLOWERS).default([]),
  /** The group it just left, so that group's agents hear of the change that ends their access. */
  formerGroupId: Uuid.nullable().optional(),
  at: Instant,
};

const TicketMessage = z.object({
  type: z.literal("ticket"),
  change: z.enum(TICKET_CHANGES),
  /** Nothing in it is for the requester's eyes (an internal note, a move of internal fields only). */
  internal: z.boolean(),
  ...Access,
});

const SlaMessage = z.object({
  type: z.literal("sla"),
  /** warning_<percent>, breach, or escalation_<level>. */
  threshold: z.string().min(1).max(40),
  /** response, next_reply or resolution. */
  clock: z.string().min(1).max(40),
  ...Access,
});

// An in-app notification written for one person: only that person's streams hear of it (no ticket facts needed).
const NotificationMessage = z.object({
  type: z.literal("notification"),
  recipientId: Uuid,
  ticketId: Uuid.nullable(),
  at: Instant,
});

// A call answered at someone's extension (the telephony webhook): only that person's streams pop the caller.
const CallMessage = z.object({
  type: z.literal("call"),
  recipientId: Uuid,
  /** Frontline's id of the call record. */
  callId: Uuid,
  /** The caller's number as the telephone system reported it. */
  from: z.string().max(60),
  at: Instant,
});

const LiveMessage = z.discriminatedUnion("type", [TicketMessage, SlaMessage, NotificationMessage, CallMessage]);
export type LiveCallMessage = z.infer<typeof CallMessage>;
export type LiveTicketMessage = z.infer<typeof TicketMessage>;
export type LiveNotificationMessage = z.infer<typeof NotificationMessage>;
export type LiveSlaMessage = z.infer<typeof SlaMessage>;
export type LiveMessage = z.infer<typeof LiveMessage>;

/** A NOTIFY payload as a message, or undefined when it is not one (dropped, never passed on). */
export function decodeLiveMessage(payload: string): LiveMessage | undefined {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return undefined;
  }
  const parsed = LiveMessage.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/**
 * What one batch of events was, in one word: a new ticket, a public reply, an internal note, or an update.
 * A note that came with a change the requester sees is an update (so they hear of it); a reply wins over
 * the status move it causes.
 */
export function changeKind(events: readonly TicketEvent[]): { change: TicketChangeKind; internal: boolean } {
  const internal = !events.some(requesterSeesEvent);
  const types = new Set(events.map((e) => e.type));
  if (types.has("created")) return { change: "created", internal };
  if (types.has("replied")) return { change: "replied", internal };
  if (types.has("noted") && internal) return { change: "noted", internal };
  return { change: "updated", internal };
}

type TicketFacts = {
  organizationId: string;
  requesterId: string;
  groupId: string | null;
  assigneeId: string | null;
  followerIds: readonly string[];
};

/** The access facts a message carries: the ticket as it is now. */
export function accessFacts(ticket: TicketFacts) {
  const { organizationId, requesterId, groupId, assigneeId } = ticket;
  return {
    organizationId,
    requesterId,
    groupId,
    assigneeId,
    followerIds: ticket.followerIds.slice(-MAX_LIVE_FOLLOWERS),
  };
}

/** The message announcing a batch of a ticket's events (the ticket as it is after them, and the group it left). */
export function ticketChangeMessage(
  ticket: { id: string; number: number; before?: Pick<TicketFacts, "groupId"> | undefined; after: TicketFacts },
  events: readonly TicketEvent[],
): LiveTicketMessage {
  const last = events[events.length - 1];
  if (!last) throw new Error("a change has at least one event");
  return {
    type: "ticket",
    ...changeKind(events),
    ticketId: ticket.id,
    number: ticket.number,
    ...accessFacts(ticket.after),
    ...(ticket.before && ticket.before.groupId !== ticket.after.groupId
      ? { formerGroupId: ticket.before.groupId }
      : {}),
    at: last.at.toISOString(),
  };
}

/** The messages announcing new in-app notifications: one per recipient and ticket (the client refetches its inbox). */
export function notificationMessages(
  rows: ReadonlyArray<{ personId: string; ticketId?: string | null; createdAt?: Date }>,
  at: Date,
): LiveNotificationMessage[] {
  const seen = new Set<string>();
  const out: LiveNotificationMessage[] = [];
  for (const row of rows) {
    const key = `${row.personId} ${row.ticketId ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      type: "notification",
      recipientId: row.personId,
      ticketId: row.ticketId ?? null,
      at: (row.createdAt ?? at).toISOString(),
    });
  }
  return out;
}

/**
 * What a caller's stream tells them: the event's name is its `kind`, its data the rest. The OpenAPI document names
 * this schema (LiveEvent) on GET /api/v1/live, so the web app's generated types carry it.
 */
export const LiveEvent = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("ticket"),
      change: z.enum(TICKET_CHANGES),
      ticketId: Uuid,
      number: z.number().int(),
      at: z.string(),
    }),
    z.object({
      kind: z.literal("sla"),
      threshold: z.string().describe("warning_<percent>, breach or escalation_<level>"),
      clock: z.string().describe("response, next_reply or resolution"),
      ticketId: Uuid,
      number: z.number().int(),
      at: z.string(),
    }),
    z.object({
      kind: z.literal("notification").describe("An in-app notification was written for you: refetch your inbox"),
      ticketId: Uuid.nullable(),
      at: z.string(),
    }),
    z.object({
      kind: z
        .literal("call")
        .describe("A call was answered at your extension: look the caller up (GET /api/v1/calls/lookup) and pop them"),
      callId: Uuid,
      from: z.string(),
      at: z.string(),
    }),
  ])
  .meta({ id: "LiveEvent" });
export type LiveEvent = z.infer<typeof LiveEvent>;

/** One server-sent event, ready to write: `event: <kind>` and the rest as its data. */
export function sseFrame({ kind, ...data }: LiveEvent): string {
  return `event: ${kind}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * The event this caller's stream sends for a message, or undefined when they may not hear of it: only tickets
 * the ticket policy lets them read; requesters never hear of internal changes nor of SLA thresholds.
 * Only the ticket reference and what happened leave; the client fetches the rest through the API.
 */
export function liveFrameFor(actor: Actor, message: LiveMessage): string | undefined {
  if (message.type === "notification") {
    // Someone's inbox is theirs alone, and reading it takes the scope the notifications API asks for.
    if (message.recipientId !== actor.personId || !hasScope(actor, "tickets:read")) return undefined;
    return sseFrame({ kind: "notification", ticketId: message.ticketId, at: message.at });
  }
  if (message.type === "call") {
    // A caller pop is for the staff member who answered, and it names who called: staff reading tickets only.
    if (message.recipientId !== actor.personId || !isStaff(actor) || !hasScope(actor, "tickets:read")) return undefined;
    return sseFrame({ kind: "call", callId: message.callId, from: message.from, at: message.at });
  }
  // Agents of the group a ticket just left hear of that move once (their page then learns its access ended).
  const leftTheirGroup =
    actor.role === "agent" && !!message.formerGroupId && actor.groupIds.includes(message.formerGroupId);
  if (!can(actor, "read", message) && !(leftTheirGroup && hasScope(actor, "tickets:read"))) return undefined;
  const { ticketId, number, at } = message;
  if (message.type === "sla") {
    return isStaff(actor)
      ? sseFrame({ kind: "sla", threshold: message.threshold, clock: message.clock, ticketId, number, at })
      : undefined;
  }
  if (message.internal && !isStaff(actor)) return undefined;
  return sseFrame({ kind: "ticket", change: message.change, ticketId, number, at });
}
