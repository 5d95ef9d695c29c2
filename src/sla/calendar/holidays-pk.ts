import type { Holiday } from "./calendar.ts";

// Pakistan's gazetted public holidays. Fixed-date ones recur every year; the Islamic ones follow the lunar
// calendar, so they are listed per year as announced (±1 day on moon sighting: admins adjust the calendar).
const FIXED: Array<{ md: string; name: string }> = [
  { md: "02-05", name: "Kashmir Solidarity Day" },
  { md: "03-23", name: "Pakistan Day" },
  { md: "05-01", name: "Labour Day" },
  { md: "05-28", name: "Youm-e-Takbeer" },
  { md: "08-14", name: "Independence Day" },
  { md: "11-09", name: "Iqbal Day" },
  { md: "12-25", name: "Quaid-e-Azam Day" },
];

const LUNAR: Record<number, Array<{ date: string; name: string }>> = {
  2025: [
    { date: "2025-03-31", name: "Eid ul-Fitr" },
    { date: "2025-04-01", name: "Eid ul-Fitr" },
    { date: "2025-04-02", name: "Eid ul-Fitr" },
    { date: "2025-06-07", name: "Eid ul-Adha" },
    { date: "2025-06-08", name: "Eid ul-Adha" },
    { date: "2025-06-09", name: "Eid ul-Adha" },
    { date: "2025-07-05", name: "Ashura" },
    { date: "2025-07-06", name: "Ashura" },
    { date: "2025-09-06", name: "Eid Milad-un-Nabi" },
  ],
  2026: [
    { date: "2026-03-20", name: "Eid ul-Fitr" },
    { date: "2026-03-21", name: "Eid ul-Fitr" },
    { date: "2026-03-22", name: "Eid ul-Fitr" },
    { date: "2026-05-27", name: "Eid ul-Adha" },
    { date: "2026-05-28", name: "Eid ul-Adha" },
    { date: "2026-05-29", name: "Eid ul-Adha" },
    { date: "2026-06-24", name: "Ashura" },
    { date: "2026-06-25", name: "Ashura" },
    { date: "2026-08-26", name: "Eid Milad-un-Nabi" },
  ],
  2027: [
    { date: "2027-03-10", name: "Eid ul-Fitr" },
    { date: "2027-03-11", name: "Eid ul-Fitr" },
    { date: "2027-03-12", name: "Eid ul-Fitr" },
    { date: "2027-05-17", name: "Eid ul-Adha" },
    { date: "2027-05-18", name: "Eid ul-Adha" },
    { date: "2027-05-19", name: "Eid ul-Adha" },
    { date: "2027-06-14", name: "Ashura" },
    { date: "2027-06-15", name: "Ashura" },
    { date: "2027-08-15", name: "Eid Milad-un-Nabi" },
  ],
};

/** Pakistan's public holidays for a year: the fixed ones (recurring) and that year's lunar ones when known. */
export function pakistanHolidays(year: number): Holiday[] {
  return [
    ...FIXED.map((h) => ({ date: `${year}-${h.md}`, name: h.name, recurring: true })),
    ...(LUNAR[year] ?? []).map((h) => ({ date: h.date, name: h.name })),
  ];
}
