import { accessFacts, type LiveSlaMessage } from "../../tickets/live/live.ts";
import type { ClockKind } from "../policy/policy.ts";
import type { Ticket } from "./fire-threshold.ts";
import type { Threshold } from "./thresholds.ts";

// The clock names the web app knows (common:clock.*).
const CLOCK: Record<ClockKind, string> = {
  first_response: "response",
  next_reply: "next_reply",
  resolution: "resolution",
};

/** A threshold in one word: warning_75, breach, escalation_2. */
export function thresholdName(t: Pick<Threshold, "kind" | "share" | "level">): string {
  if (t.kind === "warning") return `warning_${Math.round((t.share ?? 0) * 100)}`;
  if (t.kind === "breach") return "breach";
  if (t.kind === "visit_missed") return "visit_missed";
  return `escalation_${t.level?.level ?? 0}`;
}

/** The live update announcing that a threshold fired on a ticket (as the ticket is after its actions). */
export function slaFiringMessage(ticket: Ticket, t: Threshold): LiveSlaMessage {
  return {
    type: "sla",
    threshold: thresholdName(t),
    clock: CLOCK[t.clock],
    ticketId: ticket.id,
    number: ticket.number,
    ...accessFacts(ticket),
    at: new Date(t.at!).toISOString(),
  };
}
