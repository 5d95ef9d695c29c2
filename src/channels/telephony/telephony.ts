/**
 * Telephony rules (pure): what one reported state does to a call record. The telephone system reports each call as
 * ringing → answered → ended, and every call starts with its ringing event (so an answered or ended event for a call
 * never heard of is refused, not guessed at); a call that ends without being answered was missed and must be called
 * back.
 */

export const CALL_STATES = ["ringing", "answered", "ended"] as const;
export type CallState = (typeof CALL_STATES)[number];

export type CallFacts = { state: CallState; answeredAt: Date | null; endedAt: Date | null };

export type CallStep =
  | { kind: "open" } // no record yet: the event opens one
  | { kind: "apply" } // the event moves the record on
  | { kind: "unknown" } // answered or ended for a call that never rang here
  | { kind: "ended" }; // answered after the end: refused

/** What an event in `state` does to the call as recorded (`undefined`: no record of that callId). */
export function callStep(call: CallFacts | undefined, state: CallState): CallStep {
  if (!call) return state === "ringing" ? { kind: "open" } : { kind: "unknown" };
  if (state === "answered" && call.endedAt) return { kind: "ended" };
  return { kind: "apply" };
}

/** Whether an ended call was missed: it rang and nobody answered it. */
export function isMissed(call: Pick<CallFacts, "answeredAt">, state: CallState): boolean {
  return state === "ended" && call.answeredAt === null;
}

/** When a missed call must be called back: its end plus the configured minutes. */
export function callbackDue(endedAt: Date, minutes: number): Date {
  return new Date(endedAt.getTime() + minutes * 60_000);
}
