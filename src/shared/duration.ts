// Durations as people read them, pure and shared by every page (console, portal, public, admin): a target reads
// the same to the requester who is promised it and to the agent who works to it.

export type DurationUnits = { d: string; h: string; min: string };

/**
 * A target or a span of business time: hours and minutes, never days ("24 h", "1 h 05 min", "45 min"), because
 * business minutes count only inside support hours — "24 h" is three working days, not one calendar day.
 */
export function formatBusinessMinutes(totalMinutes: number, units: Pick<DurationUnits, "h" | "min">): string {
  const m = Math.max(0, Math.round(totalMinutes));
  const hours = Math.floor(m / 60);
  const minutes = m % 60;
  if (hours === 0) return `${minutes} ${units.min}`;
  return minutes ? `${hours} ${units.h} ${String(minutes).padStart(2, "0")} ${units.min}` : `${hours} ${units.h}`;
}

/** Wall-clock time (a countdown past a day): "2 d 4 h", "5 h 03 min". */
export function formatWallMinutes(totalMinutes: number, units: DurationUnits): string {
  const m = Math.max(0, Math.round(totalMinutes));
  const days = Math.floor(m / 1440);
  if (days === 0) return formatBusinessMinutes(m, units);
  const hours = Math.floor((m % 1440) / 60);
  return `${days} ${units.d}${hours ? ` ${hours} ${units.h}` : ""}`;
}
