import { Temporal } from "temporal-polyfill";

/** How often an organization's review pack is made. */
export const CADENCES = ["monthly", "quarterly"] as const;
export type Cadence = (typeof CADENCES)[number];

/** A pack's period in whole days of the desk's time zone: `from` included, `to` excluded (YYYY-MM-DD). */
export type PackPeriod = { from: string; to: string };

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const firstOfMonth = (year: number, month: number) => {
  // `month` counts from 1 and may run below 1 (a period reaching back over the new year).
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${pad(y, 4)}-${pad(m)}-01`;
};

/**
 * The last whole month or quarter that ended at or before `now` on the wall clock of `timeZone` (the desk's support
 * calendar): the period a scheduled pack covers. At 2026-04-01 00:30 in Karachi (still March 31 in UTC) that is
 * March (monthly) or January–March (quarterly); a period is packed only once it is over where the desk works.
 */
export function lastCompletedPeriod(cadence: Cadence, now: Date, timeZone: string): PackPeriod {
  const local = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone);
  const length = cadence === "monthly" ? 1 : 3;
  const end = local.month - ((local.month - 1) % length);
  return { from: firstOfMonth(local.year, end - length), to: firstOfMonth(local.year, end) };
}

/** The instants a pack period's days begin and end at in `timeZone` (midnight there, daylight saving included). */
export function periodInstants(period: PackPeriod, timeZone: string): { from: Date; to: Date } {
  const midnight = (day: string) =>
    new Date(Temporal.PlainDate.from(day).toZonedDateTime({ timeZone }).epochMilliseconds);
  return { from: midnight(period.from), to: midnight(period.to) };
}
