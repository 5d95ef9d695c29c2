import type { Deps } from "../context.ts";
import { actorIdOf, SYSTEM_ACTOR, type Actor } from "../identity/actor.ts";
import { findActivePersonUnscoped } from "../identity/directory.store.ts";
import type { Db } from "../platform/db/database.ts";
import type { Impact, Status, TicketType, Urgency } from "../shared/enums.ts";
import { DomainError } from "../shared/errors.ts";
import { normalisePhone } from "../shared/phone.ts";
import { addNote } from "../tickets/conversation/add-note.ts";
import { createTicket } from "../tickets/ticket/create-ticket.ts";
import { supportGroup } from "../tickets/routing/reference-data.ts";
import { can } from "../tickets/ticket/ticket.policy.ts";
import { findTicket, findTicketByNumber } from "../tickets/ticket/ticket.store.ts";
import { updateTicket } from "../tickets/ticket/update-ticket.ts";
import { authorizeChannel } from "./channel.policy.ts";
import { channelError } from "./channels.errors.ts";
import { findCallUnscoped, insertCallLog, type CallView } from "./call.store.ts";

export const CALL_OUTCOMES = ["resolved_on_call", "new_ticket", "updated_ticket"] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
export const CALL_DIRECTIONS = ["inbound", "outbound"] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

export const MAX_CALL_SECONDS = 86_400;
// Clocks of the agent's phone and of the server drift a little; a start further ahead than this is a mistake.
const FUTURE_TOLERANCE_MS = 60_000;

export type LogCallInput = {
  callerNumber: string;
  callerId?: string | undefined;
  direction?: CallDirection | undefined;
  startedAt?: Date | undefined;
  durationSeconds: number;
  notes: string;
  outcome: CallOutcome;
  /** The ticket the call was about (updated_ticket): its id or number ("10023", "#10023"). */
  ticketId?: string | undefined;
  subject?: string | undefined;
  description?: string | undefined;
  type?: TicketType | undefined;
  categoryId?: string | null | undefined;
  impact?: Impact | undefined;
  urgency?: Urgency | undefined;
  /** new_ticket / resolved_on_call: the agent who took the call becomes the assignee (default true); false leaves it to routing. */
  assignToMe?: boolean | undefined;
};

export type LoggedCall = { call: CallView; ticket: { id: string; number: number; status: Status } };

type Issue = { field: string; message: string };

/** What the outcome needs that the input lacks, every field at once (the pure part of the validation). */
export function callInputProblems(input: LogCallInput): Issue[] {
  const issues: Issue[] = [];
  const need = (present: unknown, field: string, message: string) => {
    if (present === undefined || present === null || present === "") issues.push({ field: `body.${field}`, message });
  };
  if (normalisePhone(input.callerNumber) === null)
    issues.push({ field: "body.callerNumber", message: channelError("PHONE_NUMBER_INVALID").message });
  if (input.outcome === "updated_ticket") {
    need(input.ticketId, "ticketId", "required when the outcome is updated_ticket");
  } else {
    const why = `required when the outcome is ${input.outcome}`;
    need(input.callerId, "callerId", `${why}: the ticket is raised for the caller`);
    need(input.subject?.trim(), "subject", why);
    need(input.impact, "impact", why);
    need(input.urgency, "urgency", why);
    if (input.ticketId !== undefined)
      issues.push({
        field: "body.ticketId",
        message: "only with the outcome updated_ticket (the other outcomes open a ticket)",
      });
  }
  return issues;
}

function throwIssues(issues: Issue[]): void {
  const first = issues[0];
  if (!first) return;
  throw new DomainError("invalid", "VALIDATION_FAILED", `${first.field}: ${first.message}`, first.field, {
    errors: issues,
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ticket a call updates: one the agent may see, by id or number; otherwise the input is wrong. */
async function callTicket(tx: Db, actor: Actor, ref: string) {
  const number = /^#?(\d{1,9})$/.exec(ref.trim());
  const row = UUID.test(ref)
    ? await findTicket(tx, actor, ref.toLowerCase())
    : number
      ? await findTicketByNumber(tx, actor, Number(number[1]))
      : undefined;
  if (!row) throw channelError("CALL_TICKET_NOT_FOUND", "body.ticketId");
  if (row.status === "closed") throw channelError("CALL_TICKET_CLOSED", "body.ticketId");
  return row;
}

/** The agent's own first-line group: the lowest tier among theirs (then by name), or null without groups. */
async function homeGroup(deps: Deps, tx: Db, actor: Actor): Promise<string | null> {
  const groups = (await Promise.all(actor.groupIds.map((id) => supportGroup(deps, tx, id)))).filter(
    (g) => g !== undefined,
  );
  groups.sort((a, b) => a.tier - b.tier || a.name.localeCompare(b.name));
  return groups[0]?.id ?? null;
}

/**
 * The ticket a call opens (new_ticket, resolved_on_call). Its request is the caller's words; the agent takes it in
 * their first-line group. Staff without a group cannot be placed in the routed one; they take the ticket out of it
 * instead — and as someone who only recorded it they may not change it yet, so Frontline makes that one change on
 * their behalf.
 */
async function openCallTicket(deps: Deps, tx: Db, actor: Actor, input: LogCallInput) {
  const inTx = { ...deps, db: tx };
  const assign = input.assignToMe !== false;
  const resolve = input.outcome === "resolved_on_call";
  const groupId = assign ? await homeGroup(deps, tx, actor) : null;
  const created = await createTicket(inTx, actor, {
    subject: input.subject!,
    description: input.description?.trim() ? input.description : input.notes,
    onBehalfOfRequester: true,
    type: input.type ?? "incident",
    categoryId: input.categoryId ?? null,
    impact: input.impact!,
    urgency: input.urgency!,
    requesterId: input.callerId!,
    channel: "phone",
    ...(groupId ? { groupId, assigneeId: actor.personId } : {}),
  });
  let state = created.state;
  const take = assign && state.assigneeId !== actor.personId ? { assigneeId: actor.personId, groupId: null } : {};
  if (resolve || "assigneeId" in take) {
    const by = can(actor, "update", state) ? actor : SYSTEM_ACTOR;
    const reason = resolve ? "Resolved during the phone call" : "Taken by the agent who took the call";
    state = await updateTicket(inTx, by, created.id, {
      version: state.version,
      ...(resolve ? { status: "resolved" as const } : {}),
      reason,
      ...take,
    });
  }
  return { id: created.id, number: created.number, status: state.status };
}

/**
 * Logs a telephone call (staff) and does the ticket work it brought, all in one transaction (the ticket use cases
 * run inside it through savepoints, so a failure anywhere leaves neither a ticket nor a call behind):
 * - new_ticket: opens a phone ticket whose request is what the caller said (`description`, else the notes), written
 *   by the agent on the caller's behalf — the `created` event's author is the caller, `recordedBy` the agent — and
 *   assigned to the agent who took the call (in their first-line group) unless `assignToMe` is false;
 * - resolved_on_call: the same, resolved at once — what first-contact resolution counts;
 * - updated_ticket: adds the notes as an internal note to a ticket the agent may see.
 * The call itself (number, start, duration, direction, outcome) is the call record, shown beside the ticket.
 */
export async function logCall(deps: Deps, actor: Actor, input: LogCallInput): Promise<LoggedCall> {
  authorizeChannel(actor, "call.log");
  throwIssues(callInputProblems(input));
  const callerNumber = normalisePhone(input.callerNumber)!;
  const now = deps.clock.now();
  const startedAt = input.startedAt ?? new Date(now.getTime() - input.durationSeconds * 1000);
  if (startedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw channelError("CALL_IN_FUTURE", "body.startedAt");
  const direction = input.direction ?? "inbound";
  return deps.db.transaction(async (tx) => {
    const inTx = { ...deps, db: tx };
    if (input.callerId && !(await findActivePersonUnscoped(tx, input.callerId)))
      throw channelError("CALLER_NOT_FOUND", "body.callerId");
    let ticket: LoggedCall["ticket"];
    if (input.outcome === "updated_ticket") {
      const row = await callTicket(tx, actor, input.ticketId!);
      const state = await addNote(inTx, actor, row.id, { body: input.notes, channel: "phone" });
      ticket = { id: row.id, number: row.number, status: state.status };
    } else {
      const created = await openCallTicket(deps, tx, actor, input);
      ticket = { id: created.id, number: created.number, status: created.status };
    }
    const row = await insertCallLog(tx, {
      ticketId: ticket.id,
      callerId: input.callerId ?? null,
      callerNumber,
      direction,
      agentId: actorIdOf(actor),
      startedAt,
      durationSeconds: input.durationSeconds,
      notes: input.notes,
      outcome: input.outcome,
      createdAt: now,
    });
    return { call: (await findCallUnscoped(tx, row.id))!, ticket };
  });
}
