import { add, compileCalendar, isOpen, type Calendar } from "../../sla/calendar/index.ts";

export type ChatAvailability = {
  /** Whether support is open now, so a chat is answered by someone. */
  open: boolean;
  /** When support opens next (ISO 8601, UTC), while closed; null when open or when the calendar never opens again. */
  opensAt: string | null;
  /** The support calendar's zone, for the widget to show `opensAt` in the support desk's terms too. */
  timeZone: string;
};

/**
 * Whether chats are answered at `nowMs` by the support-hours calendar (pure: the calendar and the instant are
 * passed in). No calendar means no hours were configured: always open.
 */
export function chatAvailability(calendar: Calendar | undefined, nowMs: number): ChatAvailability {
  if (!calendar) return { open: true, opensAt: null, timeZone: "UTC" };
  const compiled = compileCalendar(calendar);
  if (isOpen(compiled, nowMs)) return { open: true, opensAt: null, timeZone: calendar.timezone };
  let opensAt: string | null = null;
  try {
    // Zero business time from a closed instant is the next opening (business-time.ts `add`).
    opensAt = new Date(add(compiled, nowMs, 0)).toISOString();
  } catch {
    opensAt = null;
  }
  return { open: false, opensAt, timeZone: calendar.timezone };
}
