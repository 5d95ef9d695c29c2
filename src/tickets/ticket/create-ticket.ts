import { randomUUID } from "node:crypto";
import type { Deps } from "../../context.ts";
import { actorIdOf, hasScope, isStaff, type Actor } from "../../identity/actor.ts";
import { findActivePersonUnscoped } from "../../identity/directory.store.ts";
import { identityError } from "../../identity/identity.errors.ts";
import type { Channel, Impact, Priority, TicketType, Urgency } from "../../shared/enums.ts";
import { assignmentInGroup } from "../routing/assign-in-group.ts";
import type { TicketFields, TicketState } from "./events.ts";
import { routeTicket } from "../routing/routing.ts";
import { assignabilityUnscoped } from "../routing/routing.store.ts";
import { categoryExists, priorityMatrix, routingRules, serviceDesk, supportGroup } from "../routing/reference-data.ts";
import { ticketError } from "../ticket.errors.ts";
import { canCreate } from "./ticket.policy.ts";
import { findTicket, type AssignInGroup } from "./ticket.store.ts";
import { recordNewTicket } from "./record-events.ts";
import { defaultChannel, openingPriority, priorityFor } from "./ticket.ts";

export type CreateTicketInput = {
  subject: string;
  description: string;
  type: TicketType;
  categoryId?: string | null;
  impact: Impact;
  urgency: Urgency;
  /** Staff may set it against the matrix, with a reason. */
  priority?: Priority;
  priorityReason?: string;
  /** Defaults to the actor (requesters can only raise their own). */
  requesterId?: string;
  channel?: Channel;
  groupId?: string | null;
  assigneeId?: string | null;
  tags?: string[];
  parentId?: string | null;
  /** Staff only (ignored for requesters, like group and assignee): open the ticket already waiting, e.g. pending. */
  status?: OpeningStatus;
  /**
   * Staff writing the request down in the requester's words (a logged call): the `created` event's author is the
   * requester, and `recordedBy` names the staff member who wrote it. Ignored for requesters.
   */
  onBehalfOfRequester?: boolean;
  /** People who follow the ticket from the start (those Cc'd on the mail that opened it); the requester is skipped. */
  followerIds?: string[];
  /**
   * What the place the request came through opens its tickets with (a mailbox's defaults), for any actor, set by the
   * system — never from a request body: the group when no routing rule matches (instead of the service desk), and a
   * priority that stands in for the matrix's, its reason recorded as the override.
   */
  origin?: { groupId?: string | null; priority?: Priority | null; reason: string };
  /**
   * The requester as the caller already read them, active, in this transaction (mail ingestion's sender), so they are
   * not read again — set by the system, never from a request body. Used only when it is the ticket's requester.
   */
  knownRequester?: { personId: string; organizationId: string };
};

/** The statuses a ticket may be opened in; resolving one at once is a separate, recorded step. */
export const OPENING_STATUSES = ["new", "open", "pending", "on_hold"] as const;
export type OpeningStatus = (typeof OPENING_STATUSES)[number];

export type CreatedTicket = { id: string; number: number; state: TicketState };

/**
 * Opens a ticket: priority from the matrix (or a staff override with a reason), the group from the
 * routing rules (falling back to the service desk), an assignee by the group's strategy.
 */
export async function createTicket(deps: Deps, actor: Actor, input: CreateTicketInput): Promise<CreatedTicket> {
  if (!hasScope(actor, "tickets:write")) throw identityError("SCOPE_MISSING");
  const requesterId = input.requesterId ?? actor.personId;
  if (!canCreate(actor, requesterId)) throw ticketError("REQUESTER_NOT_FOUND", "body.requesterId");
  const staff = isStaff(actor);
  return deps.db.transaction(async (tx) => {
    const known = input.knownRequester;
    const requester =
      known?.personId === requesterId
        ? { organizationId: known.organizationId }
        : await findActivePersonUnscoped(tx, requesterId);
    if (!requester) throw ticketError("REQUESTER_NOT_FOUND", "body.requesterId");
    const categoryId = input.categoryId ?? null;
    if (categoryId && !(await categoryExists(deps, tx, categoryId)))
      throw ticketError("CATEGORY_NOT_FOUND", "body.categoryId");
    const parentId = input.parentId ?? null;
    if (parentId && !(await findTicket(tx, actor, parentId))) throw ticketError("PARENT_NOT_FOUND", "body.parentId");

    const matrixPriority = priorityFor(await priorityMatrix(deps, tx), input.impact, input.urgency);
    const { priority, priorityOverride } =
      staff && input.priority
        ? openingPriority(matrixPriority, input.priority, input.priorityReason)
        : openingPriority(matrixPriority, input.origin?.priority ?? undefined, input.origin?.reason);
    const channel = input.channel ?? defaultChannel(actor);
    const now = deps.clock.now();
    const { groupId, assigneeId, assign } = await placeTicket(deps, tx, {
      staff,
      input,
      categoryId,
      organizationId: requester.organizationId,
      channel,
      now,
    });

    const fields: TicketFields = {
      subject: input.subject.trim(),
      description: input.description,
      type: input.type,
      categoryId,
      impact: input.impact,
      urgency: input.urgency,
      priority,
      priorityOverride,
      // Opened in a pause status (waiting on the requester), its resolution clock starts paused.
      status: staff ? (input.status ?? "new") : "new",
      requesterId,
      organizationId: requester.organizationId,
      groupId,
      assigneeId,
      channel,
      tags: [...new Set(staff ? (input.tags ?? []) : [])],
      parentId,
    };
    const recorder = actorIdOf(actor);
    const onBehalf = staff && input.onBehalfOfRequester === true && recorder !== null;
    const followerIds = [...new Set(input.followerIds ?? [])].filter((id) => id !== requesterId);
    const data = {
      fields,
      fromStaff: staff,
      ...(onBehalf ? { recordedBy: recorder } : {}),
      ...(followerIds.length > 0 ? { followerIds } : {}),
    };
    const id = randomUUID();
    const { number, state } = await recordNewTicket(
      deps,
      tx,
      id,
      [{ type: "created", at: now, actorId: onBehalf ? requesterId : recorder, data }],
      assign,
    );
    return { id, number, state };
  });
}

type Placement = {
  staff: boolean;
  input: CreateTicketInput;
  categoryId: string | null;
  organizationId: string;
  channel: Channel;
  now: Date;
};

/**
 * Group and assignee for a new ticket: what staff chose, else routing and the group's strategy. The strategy's pick
 * is left to the ticket's insert (`assign`), which takes the member's turn in the same statement.
 */
async function placeTicket(
  deps: Deps,
  tx: Deps["db"],
  p: Placement,
): Promise<{ groupId: string | null; assigneeId: string | null; assign?: AssignInGroup }> {
  let groupId = p.staff ? (p.input.groupId ?? null) : null;
  let assigneeId = p.staff ? (p.input.assigneeId ?? null) : null;
  if (groupId && !(await supportGroup(deps, tx, groupId))) throw ticketError("GROUP_NOT_FOUND", "body.groupId");
  if (!groupId) {
    // Routing rules first (an admin's explicit decision), then the origin's default group, then the service desk.
    const rule = routeTicket(await routingRules(deps, tx), {
      categoryId: p.categoryId,
      organizationId: p.organizationId,
      channel: p.channel,
    });
    const originGroup = p.input.origin?.groupId ? await supportGroup(deps, tx, p.input.origin.groupId) : undefined;
    groupId = rule?.groupId ?? originGroup?.id ?? (await serviceDesk(deps, tx))?.id ?? null;
  }
  if (assigneeId) {
    const assignable = await assignabilityUnscoped(tx, assigneeId, groupId);
    if (assignable === "missing") throw ticketError("ASSIGNEE_NOT_FOUND", "body.assigneeId");
    if (assignable === "outside") throw ticketError("ASSIGNEE_NOT_IN_GROUP", "body.assigneeId");
  } else if (groupId) {
    const group = await supportGroup(deps, tx, groupId);
    const assign = group ? assignmentInGroup(groupId, group.assignment, p.now) : undefined;
    if (assign) return { groupId, assigneeId: null, assign };
  }
  return { groupId, assigneeId };
}
