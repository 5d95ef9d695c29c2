import type { CompiledCalendar, IntervalWindow } from "./compile.ts";
import { FIRST_YEAR, LAST_YEAR } from "./compile.ts";
import { MS_PER_DAY } from "./civil.ts";

// Business-time arithmetic on a compiled calendar. Everything is epoch milliseconds (integers); open
// intervals are half-open [opening, closing), so an instant equal to a closing time is closed.

/** Largest accepted duration: 100 years of business time (365.25-day years). */
export const MAX_DURATION_MS = 100 * 365.25 * MS_PER_DAY;

/** Which argument an arithmetic error is about, so callers can name the field. */
export type BusinessTimeField = "start" | "end" | "duration" | "deadline";

/** A RangeError naming the offending argument. */
export class BusinessTimeRangeError extends RangeError {
  readonly field: BusinessTimeField;
  /** The message without the field prefix, for callers that name the field their own way. */
  readonly detail: string;
  constructor(field: BusinessTimeField, detail: string) {
    super(`${field}: ${detail}`);
    this.name = "BusinessTimeRangeError";
    this.field = field;
    this.detail = detail;
  }
}

/** Deadline after `durationMs` of business time from the start: counting begins at the next opening, a deadline on a closing time stays there, zero gives the first open instant ≥ start. */
export function add(compiled: CompiledCalendar, startEpochMs: number, durationMs: number): number {
  // Zero duration from a closed start gives the next opening, not the start: the peers (zendesk/biz) do the
  // same, and it keeps add(s, 0) = lim add(s, d) as d → 0+, so every deadline is an open instant or a closing.
  checkInstant(compiled, startEpochMs, "start");
  checkDuration(durationMs);
  if (compiled.always) return checkDeadline(compiled, startEpochMs + durationMs);
  let w = compiled.cover(startEpochMs);
  for (;;) {
    const target = position(w, startEpochMs) + durationMs;
    // cum[j + 1] is business time up to interval j's closing. With a positive duration take the first
    // interval that reaches the target (so landing on a closing stays there); with zero take the first that
    // passes it (so a closed start moves to the next opening instead of back to the previous closing).
    const j =
      durationMs === 0 ? upperBound(w.cum, 1, w.count + 1, target) - 1 : lowerBound(w.cum, 1, w.count + 1, target) - 1;
    if (j < w.count) {
      const deadline = (w.starts[j] as number) + (target - (w.cum[j] as number));
      if (deadline <= w.validTo) return checkDeadline(compiled, deadline);
    }
    // The deadline lies beyond the compiled years: compile more (positions before the old edge are unchanged).
    if (!compiled.extendForward()) {
      throw new BusinessTimeRangeError("deadline", `falls after the last supported year ${LAST_YEAR}`);
    }
    w = compiled.window;
  }
}

/** Business time between two instants: the real time inside open intervals of [fromMs, toMs]; to < from is a RangeError. */
export function elapsed(compiled: CompiledCalendar, fromMs: number, toMs: number): number {
  checkInstant(compiled, fromMs, "start");
  checkInstant(compiled, toMs, "end");
  if (toMs < fromMs) throw new BusinessTimeRangeError("end", "is before start (elapsed never runs backwards)");
  if (compiled.always) return toMs - fromMs;
  compiled.cover(fromMs);
  // Covering `to` only ever widens the window, so `from` stays covered.
  const w = compiled.cover(toMs);
  return position(w, toMs) - position(w, fromMs);
}

/** Whether an instant is inside an opening range (opening time included, closing time excluded). */
export function isOpen(compiled: CompiledCalendar, epochMs: number): boolean {
  checkInstant(compiled, epochMs, "start");
  if (compiled.always) return true;
  const w = compiled.cover(epochMs);
  const i = upperBound(w.ends, 0, w.count, epochMs);
  return i < w.count && (w.starts[i] as number) <= epochMs;
}

/** Business time from the window's origin to an instant inside it. */
function position(w: IntervalWindow, epochMs: number): number {
  const i = upperBound(w.ends, 0, w.count, epochMs); // first interval still open after epochMs
  if (i === w.count) return w.cum[i] as number;
  const into = epochMs - (w.starts[i] as number);
  return (w.cum[i] as number) + (into > 0 ? into : 0);
}

/** First index in [lo, hi) with a[index] > x, or hi. */
function upperBound(a: Float64Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First index in [lo, hi) with a[index] >= x, or hi. */
function lowerBound(a: Float64Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function checkInstant(compiled: CompiledCalendar, epochMs: number, field: BusinessTimeField): void {
  if (!Number.isSafeInteger(epochMs))
    throw new BusinessTimeRangeError(field, `must be an integer number of epoch milliseconds, got ${epochMs}`);
  if (epochMs < compiled.minMs || epochMs > compiled.maxMs) {
    throw new BusinessTimeRangeError(
      field,
      `is outside the supported years ${FIRST_YEAR}–${LAST_YEAR} in ${compiled.timeZone}`,
    );
  }
}

function checkDuration(durationMs: number): void {
  if (!Number.isSafeInteger(durationMs))
    throw new BusinessTimeRangeError("duration", `must be an integer number of milliseconds, got ${durationMs}`);
  if (durationMs < 0) throw new BusinessTimeRangeError("duration", `must not be negative, got ${durationMs} ms`);
  if (durationMs > MAX_DURATION_MS) throw new BusinessTimeRangeError("duration", "exceeds 100 years of business time");
}

function checkDeadline(compiled: CompiledCalendar, deadline: number): number {
  if (deadline > compiled.maxMs)
    throw new BusinessTimeRangeError("deadline", `falls after the last supported year ${LAST_YEAR}`);
  return deadline;
}
