import type { Deps } from "../../context.ts";
import type { Db } from "../../platform/db/database.ts";
import { PRIORITIES } from "../../shared/enums.ts";
import { replay } from "../../tickets/ticket/events.ts";
import { loadEventsUnscoped } from "../../tickets/ticket/ticket.store.ts";
import { foldClocks, type ClockSummary } from "../clock/clocks.ts";
import { refreshTicketSla, ticketSlaWrite } from "../clock/refresh-ticket-sla.ts";
import {
  findTicketSla,
  recordFirings,
  saveTicketSla,
  updateTicketSlas,
  type TicketSlaWrite,
} from "../clock/ticket-sla.store.ts";
import { insertFiringEffects } from "./escalation.store.ts";
import { fireThreshold, startFiringPass, type Ticket } from "./fire-threshold.ts";
import { dueThresholds, thresholdsOf, type Threshold } from "./thresholds.ts";
import { claimDueBatch, type ClaimedTicket } from "./timers.store.ts";
import { publishLive } from "../../tickets/live/publish-live.ts";
import { notificationMessages, type LiveMessage } from "../../tickets/live/live.ts";
import { slaFiringMessage } from "./live-firings.ts";
import { loadCalendarTimelines } from "../calendar/calendar.store.ts";
import { policyVersionsByIds } from "../policy/policy.store.ts";

// A ticket whose firing failed is retried after this long instead of blocking the queue.
const RETRY_AFTER_MS = 60_000;

type Plan = {
  claim: ClaimedTicket;
  ticket: Ticket;
  summary: ClockSummary;
  all: Threshold[];
  due: Threshold[];
  fired: Set<string>;
};

/** Folds every claimed ticket's clocks in memory and finds its due thresholds. */
async function plan(tx: Db, claims: readonly ClaimedTicket[], now: Date): Promise<Plan[]> {
  const versions = await policyVersionsByIds(
    tx,
    claims.map((c) => c.policyVersionId),
  );
  const calendars = await loadCalendarTimelines(
    tx,
    [...versions.values()].flatMap((v) => PRIORITIES.map((p) => v.definition.targets[p].calendarId)),
  );
  return claims.map((claim) => {
    const policy = versions.get(claim.policyVersionId)?.definition;
    if (!policy) throw new Error(`policy version ${claim.policyVersionId} is missing`);
    const summary = foldClocks(claim.events, { policy, calendars, now: now.getTime() });
    const all = thresholdsOf(summary, policy, calendars, claim.events);
    // A copy: a pass that fails is redone ticket by ticket from the same claims.
    const fired = new Set(claim.fired);
    const { due } = dueThresholds(all, fired, now.getTime());
    // The history's fold is the ticket row (a property test keeps them equal), so the row need not be read.
    return {
      claim,
      ticket: { id: claim.ticketId, number: claim.number, ...replay(claim.events) },
      summary,
      all,
      due,
      fired,
    };
  });
}

/** Fires the due thresholds of the claimed tickets: bulk reads, bulk writes, and per-ticket work only for ticket changes. */
async function fireBatch(deps: Deps, tx: Db, claims: readonly ClaimedTicket[], now: Date): Promise<number> {
  const plans = await plan(tx, claims, now);
  const firings = plans.flatMap((p) =>
    p.due.map((t) => ({ ticketId: p.ticket.id, key: t.key, dueAt: new Date(t.at!), firedAt: now })),
  );
  // The unique key is the once-only guarantee: what another worker (or a retry) recorded first is not fired again.
  const mine = await recordFirings(tx, firings);
  const pass = await startFiringPass(
    tx,
    plans.map((p) => p.ticket.groupId),
  );
  const writes: TicketSlaWrite[] = [];
  const live: LiveMessage[] = [];
  let count = 0;
  for (const p of plans) {
    const { ticketId, policyVersionId } = p.claim;
    let ticket = p.ticket;
    for (const t of p.due) {
      p.fired.add(t.key);
      if (!mine.has(`${ticketId} ${t.key}`)) continue;
      ticket = await fireThreshold(deps, tx, pass, ticket, t, now);
      live.push(slaFiringMessage(ticket, t));
      count++;
    }
    if (ticket.version !== p.ticket.version) {
      // Actions changed the ticket (next tier, priority): refold its new history so the next due instant is right.
      await refreshTicketSla(tx, ticketId, policyVersionId, await loadEventsUnscoped(tx, ticketId), now, p.fired);
    } else {
      writes.push(
        ticketSlaWrite(
          ticketId,
          policyVersionId,
          p.summary,
          [],
          dueThresholds(p.all, p.fired, now.getTime()).nextDueAt,
          now,
        ),
      );
    }
  }
  await insertFiringEffects(tx, pass);
  await updateTicketSlas(tx, writes);
  // Announced to live streams on commit; a pass redone ticket by ticket drops what its failed savepoint queued.
  // Each recipient's bell hears of their new in-app notifications the same way.
  await publishLive(tx, [...live, ...notificationMessages(pass.notifications, now)]);
  return count;
}

/** One ticket in its own savepoint; a failure reschedules it a minute later instead of blocking the queue. */
async function fireAlone(deps: Deps, tx: Db, claim: ClaimedTicket, now: Date): Promise<number> {
  try {
    return await tx.transaction((sp) => fireBatch(deps, sp, [claim], now));
  } catch (error) {
    deps.log.error({ err: error, ticketId: claim.ticketId }, "SLA timer failed; retrying later");
    const sla = await findTicketSla(tx, claim.ticketId);
    if (sla) await saveTicketSla(tx, { ...sla, nextDueAt: new Date(now.getTime() + RETRY_AFTER_MS), updatedAt: now });
    return 0;
  }
}

/**
 * One worker pass: claims tickets whose next SLA instant has come (SKIP LOCKED, so processes share the load)
 * and fires each due warning, breach and escalation exactly once, stamped with the instant it fell due.
 * Returns how many tickets it claimed and how many thresholds it fired.
 */
export async function fireDueTimers(deps: Deps, limit = 500): Promise<{ claimed: number; fired: number }> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const claimed = await claimDueBatch(tx, now, limit);
    if (claimed.length === 0) return { claimed: 0, fired: 0 };
    let fired = 0;
    try {
      fired = await tx.transaction((sp) => fireBatch(deps, sp, claimed, now));
    } catch {
      // One bad ticket must not hold up the others: redo the pass ticket by ticket (its error is logged there).
      for (const claim of claimed) fired += await fireAlone(deps, tx, claim, now);
    }
    if (fired > 0) deps.log.info({ tickets: claimed.length, fired }, "SLA timers fired");
    return { claimed: claimed.length, fired };
  });
}
