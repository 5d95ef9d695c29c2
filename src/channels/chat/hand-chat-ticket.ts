import type { Deps } from "../../context.ts";
import { SYSTEM_ACTOR, type Actor } from "../../identity/actor.ts";
import type { Db } from "../../platform/db/database.ts";
import { can } from "../../tickets/ticket/ticket.policy.ts";
import { findTicket, rowToState } from "../../tickets/ticket/ticket.store.ts";
import { updateTicket } from "../../tickets/ticket/update-ticket.ts";
import { groupsOfUnscoped } from "./chat.store.ts";

/**
 * Moves a chat's ticket along with the chat (one `changed` event, so the history says who had it when): to an agent —
 * kept in its group when they belong to it, else in their first-line group — or back to a group's queue, unassigned.
 * The acting agent makes the change when the ticket policy lets them; otherwise Frontline makes it on their behalf
 * (they may not yet be able to update a ticket they are only now taking), with the reason naming them.
 */
export async function handChatTicket(
  deps: Deps,
  tx: Db,
  by: Actor,
  ticketId: string,
  to: { agentId: string } | { groupId: string },
  reason: string,
): Promise<void> {
  const row = (await findTicket(tx, SYSTEM_ACTOR, ticketId))!;
  const state = rowToState(row);
  let patch: { assigneeId: string | null; groupId?: string | null };
  if ("agentId" in to) {
    if (state.assigneeId === to.agentId) return;
    const groups = await groupsOfUnscoped(tx, to.agentId);
    const keepGroup = state.groupId === null || groups.includes(state.groupId);
    patch = keepGroup ? { assigneeId: to.agentId } : { assigneeId: to.agentId, groupId: groups[0] ?? null };
  } else {
    patch = { assigneeId: null, groupId: to.groupId };
  }
  const actor = can(by, "update", state) ? by : SYSTEM_ACTOR;
  await updateTicket({ ...deps, db: tx }, actor, ticketId, { version: row.version, ...patch, reason });
}
