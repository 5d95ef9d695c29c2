import { useSyncExternalStore } from "react";
import { formatCountdown, formatWallClockMinutes } from "../ui/format.ts";

// One shared one-second ticker for every countdown on the page (not one interval per row).
const subscribers = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;
let now = Date.now();

function subscribe(callback: () => void): () => void {
  subscribers.add(callback);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const s of subscribers) s();
    }, 1000);
  }
  return () => {
    subscribers.delete(callback);
    if (subscribers.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The current time, re-rendering the caller every second. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}

type Units = { d: string; h: string; min: string };

/** "01:59:59" under a day, "2 d 4 h" beyond: time left (or overdue, without sign) as people read it. */
export function formatLeft(ms: number, units: Units): string {
  const abs = Math.abs(ms);
  if (abs >= 86_400_000) return formatWallClockMinutes(abs / 60_000, units);
  return formatCountdown(abs);
}
