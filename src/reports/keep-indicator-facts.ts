import type { TicketReaction } from "../context.ts";
import { calendarsCached, policyVersionCached } from "../sla/clock/sla-reference.ts";
import { PRIORITIES } from "../shared/enums.ts";
import { advanceIndicatorFactsUnscoped, factInputsUnscoped, tierContextOf } from "./indicator-facts.store.ts";
import type { TicketHistory } from "./indicators/ticket-facts.ts";
import { groupsInHistory } from "../sla/clock/ola.ts";

const FINAL = new Set(["resolved", "closed"]);
const NO_TIERS = { groups: new Map(), calendars: new Map() };

/**
 * Reaction: folds the ticket's indicator facts in the transaction of its new events (after the SLA reaction has
 * pinned its policy), so reports read them with SQL and never see a rolled-back change (docs/decisions/0011).
 */
export const keepIndicatorFacts: TicketReaction = async (deps, tx, change) => {
  // A new ticket's history is just these events.
  const inputs = await factInputsUnscoped(tx, change.ticketId, change.before !== undefined);
  const events = inputs.history ?? change.events;
  let sla: TicketHistory["sla"] = null;
  if (inputs.policyVersionId) {
    const version = await policyVersionCached(deps.cache, tx, inputs.policyVersionId);
    if (version) {
      const policy = version.definition;
      const calendars = await calendarsCached(
        deps.cache,
        tx,
        PRIORITIES.map((p) => policy.targets[p].calendarId),
      );
      sla = { policy, calendars };
    }
  }
  const since = Math.min(...change.events.map((e) => e.at.getTime()));
  const instants = new Set(change.events.map((e) => e.at.getTime()));
  // Time per tier is kept for resolved tickets only: the groups' terms are read when the ticket may be resolved.
  const ctx =
    FINAL.has(change.after.status) || instants.size > 1 ? await tierContextOf(tx, groupsInHistory(events)) : NO_TIERS;
  await advanceIndicatorFactsUnscoped(
    tx,
    { id: change.ticketId, number: change.number, events, sla },
    ctx,
    since,
    !change.before,
  );
};
