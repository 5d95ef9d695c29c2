/** Mean, median and 90th percentile of a set of durations in minutes; null when there are none. */
export type Spread = { mean: number | null; median: number | null; p90: number | null };

/** A figure in minutes as reports print it: two decimal places. */
export const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Nearest-rank percentile (the smallest value with at least p % of the values at or below it): always one of the
 * measured values, so a figure drills down to a real ticket. The median is the usual midpoint of the middle two.
 */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { mean: null, median: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = sorted.reduce((sum, v) => sum + v, 0) / n;
  const median = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const p90 = sorted[Math.ceil(0.9 * n) - 1]!;
  return { mean: round(mean), median: round(median), p90: round(p90) };
}

/** A share as a fraction 0–1 to four places; null when nothing was counted. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}
