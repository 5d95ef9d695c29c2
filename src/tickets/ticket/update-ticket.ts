import type { Deps } from "../../context.ts";
import { actorIdOf, type Actor } from "../../identity/actor.ts";
import { findActivePersonUnscoped } from "../../identity/directory.store.ts";
import type { FieldChange, TicketState } from "./events.ts";
import { findCategory, findGroup, isGroupMember } from "../routing/routing.store.ts";
import { priorityMatrix } from "../routing/reference-data.ts";
import { ticketError } from "../ticket.errors.ts";
import { authorize } from "./ticket.policy.ts";
import { findTicket, lockTicket, rowToState } from "./ticket.store.ts";
import { recordEvents } from "./record-events.ts";
import { decideChanges, type TicketPatch } from "./ticket.ts";
import type { Db } from "../../platform/db/database.ts";

export type UpdateTicketInput = TicketPatch & {
  /** The version the caller read; a stale one is refused with the current state. */
  version: number;
  /** Why (kept with the change in the history). */
  reason?: string;
};

/** Changes a ticket's fields as one `changed` event, refusing stale versions and broken references. */
export async function updateTicket(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateTicketInput,
): Promise<TicketState> {
  return deps.db.transaction(async (tx) => {
    const row = await lockTicket(tx, actor, id);
    authorize(actor, "update", row);
    if (row.version !== input.version) {
      throw ticketError("VERSION_CONFLICT", "body.version", {
        currentVersion: row.version,
        current: { id: row.id, number: row.number, ...rowToState(row) },
      });
    }
    const state = rowToState(row);
    const patch = { ...input };
    // Moving to another group drops an assignee who is not in it, unless the same request names one.
    if (
      patch.groupId !== undefined &&
      patch.groupId !== state.groupId &&
      patch.assigneeId === undefined &&
      state.assigneeId
    ) {
      if (!patch.groupId || !(await isGroupMember(tx, patch.groupId, state.assigneeId))) patch.assigneeId = null;
    }
    const changes = decideChanges(state, patch, await priorityMatrix(deps, tx));
    if (changes.length === 0) throw ticketError("NOTHING_TO_CHANGE", "body");
    await checkReferences(tx, actor, id, changes, patch.groupId === undefined ? state.groupId : patch.groupId);
    return recordEvents(deps, tx, row, state, [
      {
        type: "changed",
        at: deps.clock.now(),
        actorId: actorIdOf(actor),
        data: { changes, reason: input.reason?.trim() || null },
      },
    ]);
  });
}

async function checkReferences(
  tx: Db,
  actor: Actor,
  id: string,
  changes: FieldChange[],
  groupId: string | null,
): Promise<void> {
  for (const change of changes) {
    if (change.to === null) continue;
    switch (change.field) {
      case "groupId":
        if (!(await findGroup(tx, change.to))) throw ticketError("GROUP_NOT_FOUND", "body.groupId");
        break;
      case "assigneeId": {
        const person = await findActivePersonUnscoped(tx, change.to);
        if (!person || person.role === "requester") throw ticketError("ASSIGNEE_NOT_FOUND", "body.assigneeId");
        if (groupId && !(await isGroupMember(tx, groupId, change.to)))
          throw ticketError("ASSIGNEE_NOT_IN_GROUP", "body.assigneeId");
        break;
      }
      case "categoryId":
        if (!(await findCategory(tx, change.to))) throw ticketError("CATEGORY_NOT_FOUND", "body.categoryId");
        break;
      case "parentId":
        await checkParent(tx, actor, id, change.to);
        break;
      default:
        break;
    }
  }
}

/** A parent must be visible and must not have this ticket among its own ancestors. */
async function checkParent(tx: Db, actor: Actor, id: string, parentId: string): Promise<void> {
  let cursor: string | null = parentId;
  for (let depth = 0; cursor; depth++) {
    if (cursor === id || depth > 50) throw ticketError("PARENT_CYCLE", "body.parentId");
    const ancestor = await findTicket(tx, actor, cursor);
    if (!ancestor) throw ticketError("PARENT_NOT_FOUND", "body.parentId");
    cursor = ancestor.parentId;
  }
}
