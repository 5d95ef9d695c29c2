import type { Clock } from "./types.ts";

// The SLA panel's rules, pure (a clock and the current time in, a state and a countdown out), so they are tested
// without a browser; SlaPanel.tsx only puts them into words.

export type ClockState = "running" | "warning" | "breached" | "paused" | "met";

/** Where a clock stands now: breached, met, paused, or running (warning past 75 % of its target). */
export function clockState(clock: Clock, now: number): ClockState {
  if (clock.outcome === "breached") return "breached";
  if (clock.outcome === "met" || clock.state === "stopped") return "met";
  if (clock.state === "paused") return "paused";
  // Breach is strict (ADR 0003): at the due instant the clock has reached its target, not passed it.
  if (clock.dueAt && Date.parse(clock.dueAt) < now) return "breached";
  if (clock.targetMinutes > 0 && clock.usedMinutes / clock.targetMinutes >= 0.75) return "warning";
  return "running";
}

/** The word for a state (On track / Warning / Breached / Paused / Met); a stopped clock still pending says "stopped". */
const STATE_WORD = {
  running: "normal",
  warning: "warning",
  breached: "breached",
  paused: "paused",
  met: "met",
} as const satisfies Record<ClockState, string>;
export function clockStateWord(clock: Clock, state: ClockState): "stopped" | (typeof STATE_WORD)[ClockState] {
  return clock.state === "stopped" && clock.outcome === "pending" ? "stopped" : STATE_WORD[state];
}

/** What the "time left" line says, by its message key in console.json's `sla` (none: "—"). */
export type Countdown =
  | { say: "metByResolution" | "metAt"; when: string | null }
  | { say: "pausedLeft"; minutes: number }
  | { say: "leftIn" | "overdueBy"; ms: number }
  | { say: "none" };

/** The countdown of a clock at `now`: when it was met, what a paused clock has left, or the time left or overdue. */
export function clockCountdown(clock: Clock, now: number): Countdown {
  const state = clockState(clock, now);
  if (state === "met")
    return { say: clock.outcome === "met_by_resolution" ? "metByResolution" : "metAt", when: clock.stoppedAt };
  if (state === "paused") return { say: "pausedLeft", minutes: clock.remainingMinutes };
  if (!clock.dueAt) return { say: "none" };
  const left = Date.parse(clock.dueAt) - now;
  return left < 0 ? { say: "overdueBy", ms: left } : { say: "leftIn", ms: left };
}

const ORDER = { first_response: 0, next_reply: 1, resolution: 2 } as const;

/** The clocks the panel shows: the latest cycle of each kind (next reply restarts each time the requester writes), response first. */
export function latestClocks(clocks: readonly Clock[]): Clock[] {
  return clocks
    .filter((c, _i, all) => !all.some((o) => o.kind === c.kind && o.cycle > c.cycle))
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
}
