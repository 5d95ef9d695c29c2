/** "1 h 05 min", "3 min", "2 d 4 h": a duration in minutes or ms as people read it (units come from the caller's t()). */
export function formatMinutes(totalMinutes: number, units: { d: string; h: string; min: string }): string {
  const m = Math.max(0, Math.round(totalMinutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const minutes = m % 60;
  if (days > 0) return `${days} ${units.d}${hours ? ` ${hours} ${units.h}` : ""}`;
  if (hours > 0) return `${hours} ${units.h}${minutes ? ` ${String(minutes).padStart(2, "0")} ${units.min}` : ""}`;
  return `${minutes} ${units.min}`;
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
