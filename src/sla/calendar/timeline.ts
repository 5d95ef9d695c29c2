import { add, elapsed } from "./business-time.ts";
import type { CompiledCalendar } from "./compile.ts";

/**
 * A calendar through its edits: each version applies from its `from` instant until the next one.
 * Business time before an edit is measured on the hours in force then, so an edit never changes time
 * already used; it moves only what is still to come.
 */
export type CalendarTimeline = ReadonlyArray<{ from: number; compiled: CompiledCalendar }>;

function versionAt(timeline: CalendarTimeline, instant: number): number {
  let i = 0;
  while (i + 1 < timeline.length && timeline[i + 1]!.from <= instant) i++;
  return i;
}

/** Business time in [from, to] on the calendar version(s) in force over that span. */
export function timelineElapsed(timeline: CalendarTimeline, from: number, to: number): number {
  if (timeline.length === 0) throw new Error("a calendar timeline has at least one version");
  let total = 0;
  for (let i = versionAt(timeline, from); i < timeline.length && from < to; i++) {
    const end = Math.min(to, timeline[i + 1]?.from ?? Infinity);
    total += elapsed(timeline[i]!.compiled, from, end);
    from = end;
  }
  return total;
}

/** The instant `duration` of business time after `start`, crossing calendar versions as it goes. */
export function timelineAdd(timeline: CalendarTimeline, start: number, duration: number): number {
  if (timeline.length === 0) throw new Error("a calendar timeline has at least one version");
  let i = versionAt(timeline, start);
  let remaining = duration;
  for (;;) {
    const version = timeline[i]!;
    const next = timeline[i + 1]?.from;
    const deadline = add(version.compiled, start, remaining);
    if (next === undefined || deadline <= next) return deadline;
    remaining -= elapsed(version.compiled, start, next);
    start = next;
    i++;
  }
}
