import { formatInstant, type CalendarTimeline } from "./index.ts";

/** ISO 8601 of an instant with the UTC offset of the calendar version in force then, e.g. "2026-03-02T14:00:00+05:00". */
export function formatOn(timeline: CalendarTimeline | undefined, epochMs: number): string {
  if (!timeline || timeline.length === 0) return new Date(epochMs).toISOString();
  let version = timeline[0]!;
  for (const v of timeline) if (v.from <= epochMs) version = v;
  return formatInstant(version.compiled, epochMs);
}

/** Milliseconds as minutes, to the millisecond. */
export function minutesOf(ms: number): number {
  return Math.round(ms) / 60_000;
}
