import { Temporal } from "temporal-polyfill";
import { MS_PER_DAY, daysFromCivil, utcYearOfMs } from "./civil.ts";

// A time zone's UTC offsets as a step function of the instant, read from Temporal once per year and then
// answered with plain arithmetic: compiling a calendar converts two wall-clock times per opening range per
// day, which would cost ~10 µs each through the polyfill.

/** Offsets in force over one UTC year (with a 3-day margin either side, so ±1 day probes stay inside). */
interface YearOffsets {
  /** Instants (epoch ms) at which the offset changes, ascending. */
  readonly transitions: readonly number[];
  /** offsets[0] applies before transitions[0]; offsets[k + 1] from transitions[k] on. Milliseconds. */
  readonly offsets: readonly number[];
}

const MARGIN_MS = 3 * MS_PER_DAY;

/** Returns the canonical IANA id when Temporal knows the time zone, else undefined. */
export function canonicalTimeZone(timeZone: string): string | undefined {
  try {
    return Temporal.ZonedDateTime.from({ year: 2000, month: 1, day: 1, timeZone }).timeZoneId;
  } catch {
    return undefined;
  }
}

/** Lazily built offset tables for one time zone: offset of an instant, and wall-clock → instant. */
export class ZoneOffsets {
  readonly timeZone: string;
  readonly #years = new Map<number, YearOffsets>();

  constructor(timeZone: string) {
    this.timeZone = timeZone;
  }

  /** UTC offset (ms) in force at an instant: the offset after a transition applies from the transition on. */
  offsetAt(epochMs: number): number {
    const table = this.#table(utcYearOfMs(epochMs));
    const { transitions, offsets } = table;
    let i = 0;
    while (i < transitions.length && (transitions[i] as number) <= epochMs) i++;
    return offsets[i] as number;
  }

  /** Wall-clock time (ms as if UTC) → instant with Temporal's "compatible" rule: gaps move forward by the gap, folds take the earlier instant. */
  localToInstant(localMs: number): number {
    // Same probing as the Temporal spec: the offsets a day before and after bracket any single transition.
    const before = this.offsetAt(localMs - MS_PER_DAY);
    const after = this.offsetAt(localMs + MS_PER_DAY);
    if (before === after) return localMs - before;
    const withBefore = localMs - before;
    const withAfter = localMs - after;
    const beforeFits = this.offsetAt(withBefore) === before;
    const afterFits = this.offsetAt(withAfter) === after;
    if (beforeFits && afterFits) return Math.min(withBefore, withAfter); // fold: earlier offset wins
    if (beforeFits) return withBefore;
    if (afterFits) return withAfter;
    // Gap: the wall-clock time does not exist; read it with the pre-transition offset, which lands
    // the same distance past the transition as the time was past the gap's start.
    return withBefore;
  }

  #table(year: number): YearOffsets {
    let table = this.#years.get(year);
    if (table === undefined) {
      table = readYearOffsets(this.timeZone, year);
      this.#years.set(year, table);
    }
    return table;
  }
}

function readYearOffsets(timeZone: string, year: number): YearOffsets {
  const from = daysFromCivil(year, 1, 1) * MS_PER_DAY - MARGIN_MS;
  const to = daysFromCivil(year + 1, 1, 1) * MS_PER_DAY + MARGIN_MS;
  let zdt: Temporal.ZonedDateTime | null = Temporal.Instant.fromEpochMilliseconds(from).toZonedDateTimeISO(timeZone);
  const transitions: number[] = [];
  const offsets: number[] = [zdt.offsetNanoseconds / 1e6];
  for (;;) {
    zdt = zdt.getTimeZoneTransition("next");
    if (zdt === null || zdt.epochMilliseconds > to) break;
    transitions.push(zdt.epochMilliseconds);
    offsets.push(zdt.offsetNanoseconds / 1e6);
  }
  return { transitions, offsets };
}
