import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import type { Priority, Status } from "../../shared/enums.ts";
import { DomainError } from "../../shared/errors.ts";
import { agentToolError } from "../agent-tools.errors.ts";
import { authorizeTool } from "../agent-tools.policy.ts";
import { ticketError } from "../ticket.errors.ts";
import { findTicket } from "./ticket.store.ts";
import type { TicketRow } from "../ticket.tables.ts";
import { updateTicket, type UpdateTicketInput } from "./update-ticket.ts";

/** The most tickets one bulk request may change, and the most tags a ticket may carry (as PATCH allows). */
export const MAX_BULK_TICKETS = 100;
export const MAX_TAGS = 30;

/** One change applied to every ticket of a bulk request. */
export type BulkChanges = {
  status?: Status;
  /** A person, null to unassign, or "me" for the caller. */
  assigneeId?: string | null;
  groupId?: string | null;
  priority?: Priority;
  /** Required with a priority that differs from the matrix, as for PATCH. */
  priorityReason?: string;
  /** Added to each ticket's tags (those it already has are kept once). */
  addTags?: string[];
};

/** What happened to one ticket: changed (or already as asked), or refused with the error that stopped it. */
export type BulkOutcome =
  | { ticketId: string; number: number | null; ok: true }
  | { ticketId: string; number: number | null; ok: false; error: unknown };

function inputFor(actor: Actor, row: TicketRow, changes: BulkChanges): UpdateTicketInput {
  const input: UpdateTicketInput = { version: row.version };
  if (changes.status !== undefined) input.status = changes.status;
  if (changes.assigneeId !== undefined)
    input.assigneeId = changes.assigneeId === "me" ? actor.personId : changes.assigneeId;
  if (changes.groupId !== undefined) input.groupId = changes.groupId;
  if (changes.priority !== undefined) input.priority = changes.priority;
  if (changes.priorityReason !== undefined) input.priorityReason = changes.priorityReason;
  if (changes.addTags !== undefined) {
    const tags = [...new Set([...row.tags, ...changes.addTags])];
    if (tags.length > MAX_TAGS) throw agentToolError("TOO_MANY_TAGS", "body.changes.addTags");
    input.tags = tags;
  }
  return input;
}

const hasCode = (error: unknown, code: string) => error instanceof DomainError && error.code === code;

/** One ticket in its own transaction at the version it has now; a concurrent change is retried once. */
async function updateOne(deps: Deps, actor: Actor, id: string, changes: BulkChanges): Promise<BulkOutcome> {
  let number: number | null = null;
  for (let attempt = 1; ; attempt++) {
    try {
      const row = await findTicket(deps.db, actor, id);
      if (!row) throw ticketError("TICKET_NOT_FOUND", "body.ticketIds");
      number = row.number;
      await updateTicket(deps, actor, row.id, inputFor(actor, row, changes));
      return { ticketId: id, number, ok: true };
    } catch (error) {
      if (attempt === 1 && hasCode(error, "VERSION_CONFLICT")) continue;
      // Already as asked (e.g. already open, already mine): the request's aim holds for it.
      if (hasCode(error, "NOTHING_TO_CHANGE")) return { ticketId: id, number, ok: true };
      if (!(error instanceof DomainError)) deps.log.error({ err: error, ticketId: id }, "bulk ticket update failed");
      return { ticketId: id, number, ok: false, error };
    }
  }
}

/**
 * Applies the same changes to each ticket through the ordinary update use case, with the caller's rights:
 * each ticket in its own transaction, so one refusal never undoes the others. Outcomes come in input order;
 * a ticket the caller may not see is "not found", exactly like one that does not exist. Staff only.
 */
export async function bulkUpdateTickets(
  deps: Deps,
  actor: Actor,
  ticketIds: readonly string[],
  changes: BulkChanges,
): Promise<BulkOutcome[]> {
  authorizeTool(actor, "ticket.bulkUpdate");
  const outcomes: BulkOutcome[] = [];
  for (const id of ticketIds) outcomes.push(await updateOne(deps, actor, id, changes));
  return outcomes;
}
