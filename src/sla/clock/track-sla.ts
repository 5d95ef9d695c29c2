import type { TicketReaction } from "../../tickets/record-events.ts";
import { choosePolicy } from "../policy/policy.ts";
import { findTicketSla } from "../sla.store.ts";
import { policiesInForceCached } from "./sla-reference.ts";
import { refreshTicketSla } from "./refresh-ticket-sla.ts";

/**
 * The SLA's reaction to ticket events, in their transaction: a new ticket is pinned to the policy version
 * in force when it opened (it keeps it for life); every change refolds the clocks and reschedules the timer.
 */
export const trackSla: TicketReaction = async (deps, tx, change) => {
  const at = change.events[change.events.length - 1]!.at;
  const existing = change.before ? await findTicketSla(tx, change.ticketId) : undefined;
  let versionId = existing?.policyVersionId;
  if (!versionId) {
    const t = change.after;
    const chosen = choosePolicy(await policiesInForceCached(deps.cache, tx, t.createdAt), {
      organizationId: t.organizationId,
      type: t.type,
      categoryId: t.categoryId,
      channel: t.channel,
    });
    // A workspace without any SLA policy runs no clocks.
    if (!chosen) return;
    versionId = chosen.version.id;
  }
  // A brand-new ticket's history is just these events, and nothing has fired for it yet.
  const history = change.before ? await change.history() : change.events;
  await refreshTicketSla(tx, change.ticketId, versionId, history, at, change.before ? undefined : new Set(), deps.cache);
};
