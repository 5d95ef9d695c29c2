import { formatBusinessMinutes, formatWallMinutes, type DurationUnits } from "../../../src/shared/duration.ts";

/**
 * "24 h", "1 h 05 min", "3 min": a target or span of business minutes, the same words on every page (the portal's
 * promise, the console's SLA panel, the published SLA, the admin screens); units come from the caller's t().
 */
export function formatMinutes(totalMinutes: number, units: DurationUnits): string {
  return formatBusinessMinutes(totalMinutes, units);
}

/** "2 d 4 h": wall-clock minutes past a day (a countdown), in days and hours. */
export function formatWallClockMinutes(totalMinutes: number, units: DurationUnits): string {
  return formatWallMinutes(totalMinutes, units);
}

/** "-00:04:10" / "01:59:59": a countdown of ms, signed when overdue. */
export function formatCountdown(ms: number): string {
  const sign = ms < 0 ? "−" : "";
  const s = Math.floor(Math.abs(ms) / 1000);
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = s % 60;
  return `${sign}${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}:${String(ss).padStart(2, "0")}`;
}
