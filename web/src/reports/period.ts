import type { Figure, ReportQuery } from "../api/reports.ts";

// The dashboard's period and filters live in the address (?kind=month&start=2026-11-01&groupId=…), so a figure's
// drill-down, a reload and a shared link all show the same figures.

export const PERIOD_KINDS = ["day", "week", "month", "custom"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const FILTER_KEYS = ["organizationId", "groupId", "agentId", "priority", "channel", "categoryId"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** A period as people pick it: its kind and first day; a custom range also its last day (included). */
export type PeriodChoice = { kind: PeriodKind; start: string; end: string };

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const isDate = (s: string | null): s is string => s !== null && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(ms(s));

/** Last month, as of `today` (YYYY-MM-DD): where a manager's dashboard opens. */
export function lastMonth(today: string): PeriodChoice {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const start = iso(Date.UTC(y, m - 2, 1));
  return { kind: "month", start, end: iso(Date.UTC(y, m - 1, 1) - DAY) };
}

/**
 * The period's bounds for the API (dates at midnight UTC, `to` excluded): a day; the week (Monday to Sunday) holding
 * the start; the calendar month holding it; or a custom range from start to end, both days included.
 */
export function periodBounds(p: PeriodChoice): { from: string; to: string } {
  const start = ms(p.start);
  switch (p.kind) {
    case "day":
      return { from: p.start, to: iso(start + DAY) };
    case "week": {
      const monday = start - ((new Date(start).getUTCDay() + 6) % 7) * DAY;
      return { from: iso(monday), to: iso(monday + 7 * DAY) };
    }
    case "month": {
      const d = new Date(start);
      return {
        from: iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)),
        to: iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)),
      };
    }
    case "custom":
      return { from: p.start, to: iso(Math.max(ms(p.end), start) + DAY) };
  }
}

/** A trend by day up to two months, by week beyond (a readable number of points). */
export const bucketFor = (q: { from: string; to: string }) => (ms(q.to) - ms(q.from) <= 62 * DAY ? "day" : "week");

/** The period and filters an address names; what it lacks or gets wrong falls back to last month and no filter. */
export function readReportParams(params: URLSearchParams, today: string): { choice: PeriodChoice; query: ReportQuery } {
  const fallback = lastMonth(today);
  const kind = (PERIOD_KINDS as readonly string[]).includes(params.get("kind") ?? "")
    ? (params.get("kind") as PeriodKind)
    : fallback.kind;
  const start = params.get("start");
  const end = params.get("end");
  const choice: PeriodChoice = isDate(start)
    ? { kind, start, end: isDate(end) ? end : start }
    : { ...fallback, kind: kind === "custom" ? "custom" : fallback.kind };
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return { choice, query: { ...periodBounds(choice), ...(filters as Partial<ReportQuery>) } as ReportQuery };
}

/** The address search of a period and filters (empty filters left out). */
export function reportSearch(choice: PeriodChoice, filters: Partial<Record<FilterKey, string | undefined>>): string {
  const params = new URLSearchParams({ kind: choice.kind, start: choice.start });
  if (choice.kind === "custom") params.set("end", choice.end);
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]!);
  return params.toString();
}

/** The drill-down page of a figure, for the same period and filters. */
export const figurePath = (figure: Figure, search: string) => `/reports/tickets/${figure}?${search}`;

/** A period's first and last days (its end is excluded) in the reader's words: "1 Nov 2026" and "30 Nov 2026". */
export function periodDays(period: { from: string; to: string }, lang: string): { first: string; last: string } {
  const format = new Intl.DateTimeFormat(lang === "ur" ? "ur-PK" : "en-GB", { dateStyle: "medium", timeZone: "UTC" });
  const last = Math.max(Date.parse(period.from), Date.parse(period.to) - DAY);
  return { first: format.format(Date.parse(period.from)), last: format.format(last) };
}
