import type { Db } from "../../platform/db/database.ts";
import type { TicketEvent } from "../../tickets/ticket/events.ts";
import { dueThresholds, thresholdsOf, type Threshold } from "../escalation/thresholds.ts";
import { PRIORITIES } from "../../shared/enums.ts";
import type { PolicyDefinition } from "../policy/policy.ts";
import { firedKeys, saveTicketSla, saveTicketSlaSql, type TicketSlaWrite } from "./ticket-sla.store.ts";
import type { DeferredWrites } from "../../platform/db/deferred-writes.ts";
import { referenceCache, type ReferenceCache } from "../../platform/cache/reference-cache.ts";
import { calendarsCached, policyVersionCached } from "./sla-reference.ts";

const NO_CACHE = referenceCache(0);
import { foldClocks, type ClockSummary } from "./clocks.ts";

export type RefreshedSla = {
  summary: ClockSummary;
  policy: PolicyDefinition;
  due: Threshold[];
  nextDueAt: number | null;
  /** The row as stored. */
  written: TicketSlaWrite;
};

/**
 * Recomputes a ticket's clocks from its history under its pinned policy version and stores the summary
 * and the next instant a threshold falls due. Returns the thresholds due now and not yet fired.
 */
export async function refreshTicketSla(
  tx: Db,
  ticketId: string,
  policyVersionId: string,
  history: readonly TicketEvent[],
  now: Date,
  knownFired?: ReadonlySet<string>,
  cache: ReferenceCache = NO_CACHE,
  /** Queue the row with the change's other writes instead of writing it now (ticket reactions). */
  later?: DeferredWrites,
): Promise<RefreshedSla> {
  const version = await policyVersionCached(cache, tx, policyVersionId);
  if (!version) throw new Error(`policy version ${policyVersionId} is missing`);
  const policy = version.definition;
  const calendars = await calendarsCached(
    cache,
    tx,
    PRIORITIES.map((p) => policy.targets[p].calendarId),
  );
  const summary = foldClocks(history, { policy, calendars, now: now.getTime() });
  const fired = knownFired ?? (await firedKeys(tx, ticketId));
  const { due, nextDueAt } = dueThresholds(thresholdsOf(summary, policy, calendars, history), fired, now.getTime());
  const written = ticketSlaWrite(ticketId, policyVersionId, summary, due, nextDueAt, now);
  if (later) later.write(saveTicketSlaSql(tx, written));
  else await saveTicketSla(tx, written);
  return { summary, policy, due, nextDueAt, written };
}

/** What a paused resolution clock has left (none once breached: it ranks as due now), for sorting by when it would be due if resumed. */
function pausedRemaining(summary: ClockSummary): number | null {
  const c = summary.clocks.find((clock) => clock.kind === "resolution");
  return c && c.state === "paused" ? Math.max(0, c.remainingMs) : null;
}

/** The stored SLA state of a ticket from its folded clocks and its due and next thresholds. */
export function ticketSlaWrite(
  ticketId: string,
  policyVersionId: string,
  summary: ClockSummary,
  due: readonly Threshold[],
  nextDueAt: number | null,
  now: Date,
): TicketSlaWrite {
  const dueOf = (kind: string) => {
    const c = summary.clocks.find((clock) => clock.kind === kind);
    return c && c.state === "running" && c.dueAt !== null ? new Date(c.dueAt) : null;
  };
  return {
    ticketId,
    policyVersionId,
    summary,
    // Something already due (a missed firing) makes the ticket due now, so a worker picks it up at once.
    nextDueAt:
      due.length > 0 ? new Date(Math.min(...due.map((t) => t.at!))) : nextDueAt === null ? null : new Date(nextDueAt),
    responseDueAt: dueOf("first_response"),
    resolutionDueAt: dueOf("resolution"),
    resolutionPausedRemainingMs: pausedRemaining(summary),
    breached: summary.clocks.some((c) => c.outcome === "breached"),
    updatedAt: now,
  };
}
