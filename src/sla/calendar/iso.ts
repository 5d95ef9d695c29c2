import { Temporal } from "temporal-polyfill";
import type { CompiledCalendar } from "./compile.ts";
import { MS_PER_DAY, civilFromDays, daysFromCivil, daysInMonth } from "./civil.ts";

// ISO 8601 at the edges: parsing instants that carry an offset, and printing an instant with the offset
// of the calendar's zone. Hand-rolled for the common shape because the CLI handles 100k lines at a time;
// anything unusual goes through Temporal.

const COMMON = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/i;

/** Epoch ms of an ISO 8601 date-time with an offset or Z; digits below the millisecond are truncated. Throws RangeError. */
export function parseInstant(text: string): number {
  const fast = parseCommon(text);
  if (fast !== undefined) return fast;
  try {
    return Temporal.Instant.from(text).epochMilliseconds;
  } catch {
    throw new RangeError(
      `expected an ISO 8601 date-time with an offset or Z (e.g. "2026-01-05T10:30:00+05:00"), got ${JSON.stringify(text)}`,
    );
  }
}

function parseCommon(text: string): number | undefined {
  const m = COMMON.exec(text);
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((k) => Number(m[k]));
  if (
    month! < 1 ||
    month! > 12 ||
    day! < 1 ||
    day! > daysInMonth(year!, month!) ||
    hour! > 23 ||
    minute! > 59 ||
    second! > 59
  ) {
    return undefined; // let Temporal produce the verdict (it also knows leap-second rounding)
  }
  const millis = m[7] === undefined ? 0 : Number(m[7].padEnd(3, "0").slice(0, 3));
  const offsetMinutes = m[8] !== undefined ? 0 : (m[9] === "-" ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  if (m[8] === undefined && (Number(m[10]) > 23 || Number(m[11]) > 59)) return undefined;
  const local =
    daysFromCivil(year!, month!, day!) * MS_PER_DAY + ((hour! * 60 + minute!) * 60 + second!) * 1000 + millis;
  return local - offsetMinutes * 60_000;
}

/** ISO 8601 of an instant in the calendar's zone, e.g. "2026-01-05T10:30:00+05:00"; milliseconds only when non-zero. */
export function formatInstant(compiled: CompiledCalendar, epochMs: number): string {
  const offset = compiled.zone.offsetAt(epochMs);
  const local = epochMs + offset;
  const epochDay = Math.floor(local / MS_PER_DAY);
  const { year, month, day } = civilFromDays(epochDay);
  let rest = local - epochDay * MS_PER_DAY;
  const millis = rest % 1000;
  rest = (rest - millis) / 1000;
  const time = `${pad(Math.floor(rest / 3600))}:${pad(Math.floor(rest / 60) % 60)}:${pad(rest % 60)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${time}${millis === 0 ? "" : `.${pad(millis, 3)}`}${formatOffset(offset)}`;
}

/** "+05:00"; seconds are kept when the offset has them (historic LMT-like offsets), so the string stays exact. */
function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? "-" : "+";
  const total = Math.abs(offsetMs) / 1000;
  const seconds = total % 60;
  const base = `${sign}${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}`;
  return seconds === 0 ? base : `${base}:${pad(Math.floor(seconds))}`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}
