import { choosePolicy } from "../policy/policy.ts";
import type { Db } from "../../platform/db/database.ts";
import { findTicketSla, saveTicketSla, slaRefoldInputsUnscoped, type TicketSlaWrite } from "./ticket-sla.store.ts";
import { rememberSlaGlance } from "../../tickets/ticket/written-sla-glance.ts";

import { policiesInForceCached } from "./sla-reference.ts";
import { refreshTicketSla } from "./refresh-ticket-sla.ts";
import type { TicketReaction } from "../../context.ts";

/** What a child copies of its parent's SLA record. */
type FollowedSla = Pick<
  TicketSlaWrite,
  "summary" | "responseDueAt" | "resolutionDueAt" | "resolutionPausedRemainingMs" | "breached"
>;

/**
 * The SLA's reaction to ticket events, in their transaction: a new ticket is pinned to the policy version
 * in force when it opened (it keeps it for life); every change refolds the clocks and reschedules the timer.
 */
export const trackSla: TicketReaction = async (deps, tx, change) => {
  const at = change.events[change.events.length - 1]!.at;
  // A brand-new ticket's history is just these events, and nothing has fired for it yet.
  const refold = change.before ? await slaRefoldInputsUnscoped(tx, change.ticketId) : undefined;
  let versionId = refold?.policyVersionId;
  if (!versionId) {
    const t = change.after;
    const chosen = choosePolicy(await policiesInForceCached(deps.cache, tx, t.createdAt), {
      organizationId: t.organizationId,
      type: t.type,
      categoryId: t.categoryId,
      channel: t.channel,
    });
    // A workspace without any SLA policy runs no clocks.
    if (!chosen) return rememberSlaGlance(change.after, null);
    versionId = chosen.version.id;
  }
  // A report linked to a major incident follows the incident's clocks instead of running its own.
  const parentSla = change.after.parentId ? await findTicketSla(tx, change.after.parentId) : undefined;
  if (parentSla) {
    rememberSlaGlance(change.after, parentSla);
    return followParent(tx, change.ticketId, versionId, parentSla, at);
  }
  const { written } = await refreshTicketSla(
    tx,
    change.ticketId,
    versionId,
    refold?.history ?? change.events,
    at,
    refold?.fired ?? new Set(),
    deps.cache,
    change.later,
  );
  rememberSlaGlance(change.after, written);
  // A new ticket has no children yet; otherwise the reports it caused mirror its fresh clocks (as just written),
  // found by the refold's read rather than one more round trip per write.
  for (const child of refold?.followers ?? []) await followParent(tx, child.id, child.policyVersionId, written, at);
};

/**
 * A child follows its parent's clocks: its SLA record shows the parent's deadlines and breach, and it fires no
 * timers of its own (the parent escalates once for all). It keeps its own pinned policy version and history,
 * and runs its own clocks again if it is unlinked.
 */
async function followParent(
  tx: Db,
  ticketId: string,
  policyVersionId: string,
  parent: FollowedSla,
  at: Date,
): Promise<void> {
  await saveTicketSla(tx, {
    ticketId,
    policyVersionId,
    summary: parent.summary,
    nextDueAt: null,
    responseDueAt: parent.responseDueAt,
    resolutionDueAt: parent.resolutionDueAt,
    resolutionPausedRemainingMs: parent.resolutionPausedRemainingMs,
    breached: parent.breached,
    updatedAt: at,
  });
}
