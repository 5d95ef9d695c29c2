/** How often an organization's review pack is made. */
export const CADENCES = ["monthly", "quarterly"] as const;
export type Cadence = (typeof CADENCES)[number];

/** A pack's period in whole UTC days: `from` included, `to` excluded (YYYY-MM-DD). */
export type PackPeriod = { from: string; to: string };

const day = (year: number, month: number) => new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);

/**
 * The last whole month or quarter (UTC) that ended at or before `now`: the period a scheduled pack covers. On
 * 2026-04-01 that is March (monthly) or January–March (quarterly); a period is packed only once it is over.
 */
export function lastCompletedPeriod(cadence: Cadence, now: Date): PackPeriod {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const length = cadence === "monthly" ? 1 : 3;
  const end = month - (month % length);
  return { from: day(year, end - length), to: day(year, end) };
}
