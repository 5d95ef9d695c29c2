import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import { PRIORITIES, type Priority } from "../../shared/enums.ts";
import type { TicketState } from "../../tickets/ticket/events.ts";
import { getTicket } from "../../tickets/ticket/get-ticket.ts";
import { ticketError } from "../../tickets/ticket.errors.ts";
import { lockTicket, rowToState } from "../../tickets/ticket/ticket.store.ts";
import { notificationMessages } from "../../tickets/live/live.ts";
import { publishLive } from "../../tickets/live/publish-live.ts";
import { updateTicket } from "../../tickets/ticket/update-ticket.ts";
import { insertEscalation, insertNotifications } from "./escalation.store.ts";
import type { EscalationRow } from "./escalation-log.store.ts";
import { authorizeOnTicket } from "../sla-access.policy.ts";
import { activeStaffIds, findGroupRow } from "../sla-references.store.ts";
import { slaError } from "../sla.errors.ts";

export type EscalateInput = {
  reason: string;
  /** Functional escalation: hand the ticket to this group. */
  toGroupId?: string;
  /** Hierarchical escalation: tell these people (active staff) in the app. */
  notify?: string[];
  /** Raise the priority one step (Low → Medium → High → Critical). */
  raisePriority?: boolean;
};

type Plan = { toGroupId: string | null; priority: Priority | null; notify: string[] };

/** Checks the request against the ticket before anything is written; every refusal names its field. */
async function plan(tx: Db, state: TicketState, input: EscalateInput): Promise<Plan> {
  if (state.status === "closed") throw ticketError("TICKET_CLOSED", "params.id");
  let toGroupId: string | null = null;
  if (input.toGroupId) {
    if (!(await findGroupRow(tx, input.toGroupId))) throw slaError("UNKNOWN_GROUP", "body.toGroupId");
    if (input.toGroupId === state.groupId) throw slaError("ALREADY_IN_GROUP", "body.toGroupId");
    toGroupId = input.toGroupId;
  }
  let priority: Priority | null = null;
  if (input.raisePriority) {
    const rank = PRIORITIES.indexOf(state.priority);
    if (rank === 0) throw slaError("PRIORITY_AT_HIGHEST", "body.raisePriority");
    priority = PRIORITIES[rank - 1]!;
  }
  const notify = [...new Set(input.notify ?? [])];
  const staff = await activeStaffIds(tx, notify);
  const missing = (input.notify ?? []).findIndex((id) => !staff.has(id));
  if (missing >= 0) throw slaError("UNKNOWN_PERSON", `body.notify.${missing}`);
  return { toGroupId, priority, notify };
}

/**
 * Escalates a visible ticket by hand (staff), in one transaction and as one record: a `manual` escalation with the
 * reason and everything it did — the group it moved to, the priority it raised, the people it told (each gets an
 * in-app notification). One act is one record; the `functional`, `priority` and `hierarchical` kinds are the
 * policy's automatic escalation levels (fire-threshold.ts), one per action a level takes.
 */
export async function escalateTicket(deps: Deps, actor: Actor, ref: string, input: EscalateInput) {
  const { id, number } = await getTicket(deps, actor, ref);
  authorizeOnTicket(actor, "escalation.create");
  return deps.db.transaction(async (tx) => {
    const row = await lockTicket(tx, actor, id);
    const before = rowToState(row);
    const p = await plan(tx, before, input);
    const reason = input.reason.trim();
    let after = before;
    if (p.toGroupId || p.priority) {
      const patch = {
        version: row.version,
        reason,
        ...(p.toGroupId ? { groupId: p.toGroupId } : {}),
        ...(p.priority ? { priority: p.priority, priorityReason: reason } : {}),
      };
      after = await updateTicket({ ...deps, db: tx }, actor, id, patch);
    }
    const at = deps.clock.now();
    const base = {
      ticketId: id,
      reason,
      rule: null,
      actorId: actorIdOf(actor),
      at,
      fromGroupId: before.groupId,
      fromPriority: before.priority,
    };
    const records: EscalationRow[] = [
      await insertEscalation(tx, {
        ...base,
        kind: "manual",
        toGroupId: after.groupId,
        toPriority: after.priority,
        notified: p.notify,
      }),
    ];
    if (p.notify.length > 0) {
      const title = `#${number}: escalated by ${actor.name}`;
      const notes = p.notify.map((personId) => ({
        personId,
        ticketId: id,
        kind: "escalation.manual",
        title,
        body: reason,
        createdAt: at,
      }));
      await insertNotifications(tx, notes);
      await publishLive(tx, notificationMessages(notes, at));
    }
    return { records, ticket: { id, number, ...after } };
  });
}
