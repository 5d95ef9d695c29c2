import type { PublicSla } from "../api/public.ts";
import type { Says } from "../app/i18n.ts";
import { zoneAbbreviation } from "../../../src/shared/time-zone.ts";
import { formatMinutes } from "../ui/format.ts";

/** GET /api/v1/public/sla (and /versions/:version): the published service levels, readable without signing in. */
export type { PublicSla };
export type PublicPriority = PublicSla["priorities"][number]["priority"];
/** One calendar as published: weekly hours, the closed days and special hours of the 12 months from `calendarsAsOf`. */
export type PublicCalendar = PublicSla["calendars"][number];
export type WeeklyDay = PublicCalendar["weekly"][number];

export const PRIORITY_ORDER: readonly PublicPriority[] = ["critical", "high", "medium", "low"];

const locale = (lang: string) => (lang === "ur" ? "ur-PK" : "en-GB");

// 1 January 2024 was a Monday: day 1..7 (Mon=1) maps onto 1..7 January.
function weekdayDate(day: number): Date {
  return new Date(Date.UTC(2024, 0, day));
}

/** "Mon" / "Monday" in the reader's language (day 1..7, Monday first). */
export function dayName(day: number, lang: string, width: "short" | "long" = "short"): string {
  return new Intl.DateTimeFormat(locale(lang), { weekday: width, timeZone: "UTC" }).format(weekdayDate(day));
}

/** "Tuesday, 2 December 2026" for a calendar date "YYYY-MM-DD", whatever the reader's time zone. */
export function formatDate(date: string, lang: string, style: "full" | "medium" = "full"): string {
  const [y, m, d] = date.split("-").map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: style, timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

const dayKey = (d: WeeklyDay | undefined) => (d ? d.ranges.map((r) => `${r.start}-${r.end}`).join(",") : "");

// Left-to-right isolates, for right-to-left languages only: in an Urdu sentence "09:00–18:00" would otherwise be laid
// out as "18:00–09:00". English text stays free of invisible characters.
const ltr = (text: string, lang: string) => (lang === "ur" ? `\u2066${text}\u2069` : text);

/** "09:00–18:00, 19:00–21:00" for one day's ranges (each range kept left to right inside right-to-left text). */
export function formatRanges(ranges: WeeklyDay["ranges"], lang: string): string {
  return ranges.map((r) => ltr(`${r.start}–${r.end}`, lang)).join(", ");
}

/**
 * The support hours in a few words: "Mon–Fri 09:00–18:00 Asia/Karachi" (consecutive days with the same hours
 * grouped), or the "around the clock" phrase for a 24×7 calendar.
 */
export function describeHours(
  calendar: Pick<PublicCalendar, "weekly" | "timeZone" | "alwaysOpen">,
  lang: string,
  t: Says<"public:hours.aroundTheClock" | "public:hours.none">,
): string {
  // The server says whether a calendar is 24×7 (`alwaysOpen`); the browser does not guess it from the hours.
  if (calendar.alwaysOpen) return t("public:hours.aroundTheClock");
  const groups: Array<{ from: number; to: number; ranges: WeeklyDay["ranges"] }> = [];
  for (let day = 1; day <= 7; day++) {
    const entry = calendar.weekly.find((w) => w.day === day);
    if (!entry || entry.ranges.length === 0) continue;
    const last = groups[groups.length - 1];
    if (last && last.to === day - 1 && dayKey(calendar.weekly.find((w) => w.day === last.from)) === dayKey(entry))
      last.to = day;
    else groups.push({ from: day, to: day, ranges: entry.ranges });
  }
  if (groups.length === 0) return t("public:hours.none");
  const parts = groups.map((g) => {
    const days = g.from === g.to ? dayName(g.from, lang) : `${dayName(g.from, lang)}–${dayName(g.to, lang)}`;
    return `${days} ${formatRanges(g.ranges, lang)}`;
  });
  return `${parts.join("; ")} ${ltr(`${calendar.timeZone} (${zoneAbbreviation(calendar.timeZone, new Date())})`, lang)}`;
}

/**
 * A target in the words people read on a service-level page: hours and minutes, never days, because business
 * minutes only count inside support hours ("24 h" is three working days, not one calendar day).
 */
export function formatTarget(
  totalMinutes: number,
  t: Says<"common:units.d" | "common:units.h" | "common:units.min">,
): string {
  // The one formatter the console's SLA panel uses too: a requester and an agent read a target in the same words.
  return formatMinutes(totalMinutes, { d: t("common:units.d"), h: t("common:units.h"), min: t("common:units.min") });
}

/** Today (or `days` from today) as "YYYY-MM-DD" in the browser's own time zone. */
export function todayIso(now: Date = new Date(), days = 0): string {
  if (days) now = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
