import type { Deps } from "../../context.ts";
import { actorIdOf, hasScope, type Actor } from "../../identity/actor.ts";
import { identityError } from "../../identity/identity.errors.ts";
import type { FieldChange, TicketState } from "./events.ts";
import { assignabilityUnscoped, isGroupMember } from "../routing/routing.store.ts";
import { categoryExists, priorityMatrix, supportGroup } from "../routing/reference-data.ts";
import { ticketError } from "../ticket.errors.ts";
import { authorize } from "./ticket.policy.ts";
import { findTicket, lockTicket, lockTicketByRef, rowToState } from "./ticket.store.ts";
import type { TicketRow } from "../ticket.tables.ts";
import type { LoadedTicket } from "./get-ticket.ts";
import { carrySlaGlance } from "./written-sla-glance.ts";
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
  return deps.db.transaction(async (tx) => changeLockedTicket(deps, tx, actor, await lockTicket(tx, actor, id), input));
}

/**
 * The same change to a ticket named by id or number as the caller may read it (PATCH): the ticket is read once, by
 * the lock, and answered with its id and number.
 */
export async function updateTicketByRef(
  deps: Deps,
  actor: Actor,
  ref: string,
  input: UpdateTicketInput,
): Promise<LoadedTicket> {
  // Like reading it: a missing scope says nothing about any ticket, so it is named rather than hidden as 404.
  if (!hasScope(actor, "tickets:read")) throw identityError("SCOPE_MISSING");
  return deps.db.transaction(async (tx) => {
    const row = await lockTicketByRef(tx, actor, ref);
    const state = await changeLockedTicket(deps, tx, actor, row, input);
    return carrySlaGlance(state, { id: row.id, number: row.number, ...state });
  });
}

/** The change itself, on a ticket row already locked by the caller's transaction. */
async function changeLockedTicket(
  deps: Deps,
  tx: Db,
  actor: Actor,
  row: TicketRow,
  input: UpdateTicketInput,
): Promise<TicketState> {
  const id = row.id;
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
  await checkReferences(deps, tx, actor, id, changes, patch.groupId === undefined ? state.groupId : patch.groupId);
  return recordEvents(deps, tx, row, state, [
    {
      type: "changed",
      at: deps.clock.now(),
      actorId: actorIdOf(actor),
      data: { changes, reason: input.reason?.trim() || null },
    },
  ]);
}

async function checkReferences(
  deps: Deps,
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
        if (!(await supportGroup(deps, tx, change.to))) throw ticketError("GROUP_NOT_FOUND", "body.groupId");
        break;
      case "assigneeId": {
        const assignable = await assignabilityUnscoped(tx, change.to, groupId);
        if (assignable === "missing") throw ticketError("ASSIGNEE_NOT_FOUND", "body.assigneeId");
        if (assignable === "outside") throw ticketError("ASSIGNEE_NOT_IN_GROUP", "body.assigneeId");
        break;
      }
      case "categoryId":
        if (!(await categoryExists(deps, tx, change.to))) throw ticketError("CATEGORY_NOT_FOUND", "body.categoryId");
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
