import { z } from "zod";

// The span of every instant the app takes in, through the API or the CLI: the years 1970–2200 in UTC, the years
// the SLA calendar engine counts in (sla/calendar/compile.ts FIRST_YEAR / LAST_YEAR; a test keeps them equal).
// Anything else is refused at the door as a 422 naming its field, rather than failing deep in the business-time
// arithmetic as a 500. The engine counts in a calendar's local years, so at the very edges (a zone west of UTC on
// 1970-01-01, a deadline past 2200) it still refuses, and the use cases name the field for it.

/** First and last years an instant may fall in. */
export const FIRST_SUPPORTED_YEAR = 1970;
export const LAST_SUPPORTED_YEAR = 2200;
/** 1970-01-01T00:00:00.000Z and 2200-12-31T23:59:59.999Z as epoch milliseconds. */
export const MIN_INSTANT_MS = Date.UTC(FIRST_SUPPORTED_YEAR, 0, 1);
export const MAX_INSTANT_MS = Date.UTC(LAST_SUPPORTED_YEAR + 1, 0, 1) - 1;

/** What a field outside the span is told. */
export const INSTANT_RANGE_MESSAGE = `is outside the supported years ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR} (UTC)`;

/** Whether an instant lies in the supported span, the years 1970–2200 in UTC. */
export function isSupportedInstant(epochMs: number): boolean {
  return Number.isFinite(epochMs) && epochMs >= MIN_INSTANT_MS && epochMs <= MAX_INSTANT_MS;
}

/** An instant as input text: ISO 8601 with an offset or Z, in the supported span; stays a string. */
export function instantText() {
  // abort: a malformed instant gets one issue, not a second one about its range.
  return z.iso
    .datetime({ offset: true, abort: true })
    .refine((s) => isSupportedInstant(Date.parse(s)), INSTANT_RANGE_MESSAGE);
}

/** An instant as input: ISO 8601 with an offset or Z, in the supported span, as a Date. */
export const Instant = instantText().transform((s) => new Date(s));
