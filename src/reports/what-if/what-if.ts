import type { CalendarTimeline } from "../../sla/calendar/index.ts";
import type { Clock } from "../../sla/clock/clocks.ts";
import type { PolicyDefinition } from "../../sla/policy/policy.ts";
import type { Priority } from "../../shared/enums.ts";
import type { Period } from "../indicators/period.ts";
import { slaCompliance, type PriorityCompliance } from "../indicators/sla-compliance.ts";
import { stoppedIn, ticketFacts, type TicketFacts, type TicketHistory } from "../indicators/ticket-facts.ts";

/** An SLA as the clock fold reads it: a policy definition and the calendars its targets run on. */
export type SlaTerms = { policy: PolicyDefinition; calendars: ReadonlyMap<string, CalendarTimeline> };

/** Compliance of a period under one set of terms, overall and per priority. */
export type Compliance = {
  response_met_rate: number | null;
  resolution_met_rate: number | null;
  response_count: number;
  resolution_count: number;
  by_priority: Record<Priority, PriorityCompliance>;
};

type Outcome = "met" | "breached";

/** A clock whose outcome the draft would change. */
export type Flip = {
  ticket_id: string;
  number: number;
  priority: Priority;
  clock: "first_response" | "resolution";
  actual: Outcome;
  draft: Outcome;
};

export type WhatIf = {
  /** Tickets replayed: those of the period with an SLA pinned. */
  tickets: number;
  actual: Compliance;
  draft: Compliance;
  /** met→breached and breached→met, by ticket number. */
  flips: Flip[];
};

const KINDS = ["first_response", "resolution"] as const;

function compliance(period: Period, facts: readonly TicketFacts[]): Compliance {
  const { breached: _list, ...figures } = slaCompliance(period, facts);
  return figures;
}

function counted(period: Period, facts: TicketFacts, kind: (typeof KINDS)[number]): Clock | null {
  const clock = kind === "first_response" ? facts.response : facts.resolution;
  return stoppedIn(period, facts, clock) ? clock : null;
}

const outcomeOf = (clock: Clock): Outcome => (clock.outcome === "breached" ? "breached" : "met");

/**
 * Replays each ticket of a period through the SLA clock fold twice — under the terms it was pinned to and under a
 * draft — and sets the compliance of both side by side, with every response or resolution clock whose outcome
 * would flip. The clocks counted are those the SLA-compliance indicator counts (stopped in the period); each
 * ticket keeps its own history, so only the targets, calendars, pause statuses and warning shares differ.
 */
export function replayUnderDraft(
  histories: readonly TicketHistory[],
  draft: SlaTerms,
  period: Period,
  now: number,
): WhatIf {
  const actual: TicketFacts[] = [];
  const replayed: TicketFacts[] = [];
  for (const history of histories) {
    if (!history.sla) continue;
    const asIs = ticketFacts(history, period, now);
    const underDraft = ticketFacts({ ...history, sla: draft }, period, now);
    if (!asIs || !underDraft) continue;
    actual.push(asIs);
    replayed.push(underDraft);
  }
  const flips: Flip[] = [];
  actual.forEach((asIs, i) => {
    const underDraft = replayed[i]!;
    for (const kind of KINDS) {
      const before = counted(period, asIs, kind);
      const after = counted(period, underDraft, kind);
      if (!before || !after || outcomeOf(before) === outcomeOf(after)) continue;
      flips.push({
        ticket_id: asIs.id,
        number: asIs.number,
        priority: underDraft.priority,
        clock: kind,
        actual: outcomeOf(before),
        draft: outcomeOf(after),
      });
    }
  });
  return {
    tickets: actual.length,
    actual: compliance(period, actual),
    draft: compliance(period, replayed),
    flips: flips.sort((a, b) => a.number - b.number || a.clock.localeCompare(b.clock)),
  };
}
