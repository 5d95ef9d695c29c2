import { z } from "zod";
import { instantText } from "../shared/instant.ts";

// A report's period is usually whole days: a bare date is taken as midnight UTC, anything finer needs its offset.
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SHAPE = /^\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:\d{2}))?$/i;
const MESSAGE =
  "must be a date YYYY-MM-DD or an ISO 8601 instant with an offset (e.g. 2026-03-01 or 2026-03-01T00:00:00+05:00)";
const INSTANT = instantText();

/** The instant a bound names, or null when it is no real date or instant in the supported years. */
function boundOf(text: string): Date | null {
  if (!DATE.test(text)) return INSTANT.safeParse(text).success ? new Date(text) : null;
  const day = new Date(`${text}T00:00:00Z`);
  const real = !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
  return real && day.getUTCFullYear() >= 1970 && day.getUTCFullYear() <= 2200 ? day : null;
}

/** One end of a report's period: an ISO 8601 instant with an offset, or a date (YYYY-MM-DD, midnight UTC); a Date. */
export const PeriodBound = z
  .string()
  .regex(SHAPE, { error: MESSAGE, abort: true })
  .refine((s) => boundOf(s) !== null, MESSAGE)
  .transform((s) => boundOf(s)!);

/** Parses a period bound given on the command line; the message says what is wrong. */
export function parsePeriodBound(text: string): { ok: true; value: Date } | { ok: false; message: string } {
  const value = SHAPE.test(text) ? boundOf(text) : null;
  return value ? { ok: true, value } : { ok: false, message: MESSAGE };
}
