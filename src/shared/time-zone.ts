// Time zones as people choose and read them. Pure (Intl only): the server validates profiles with it and the
// web app formats every instant with it, so a time reads the same in the console, the portal and the API's docs.

const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

/** Whether a name is an IANA time zone this runtime knows ("Asia/Karachi", "UTC"); offsets like "+05:00" are not. */
export function isTimeZone(name: string): boolean {
  if (name.length > 64 || !IANA_NAME.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

// Zones whose common abbreviation CLDR does not carry (Intl says "GMT+5"): the tz database's own letters, for the
// zones of the desk's region. Anywhere else Intl's name stands, which is an abbreviation or an unambiguous offset.
const TZDB_ABBREVIATIONS: Record<string, string> = {
  "Asia/Karachi": "PKT",
  "Asia/Kolkata": "IST",
  "Asia/Calcutta": "IST",
  "Asia/Colombo": "+0530",
  "Asia/Kathmandu": "+0545",
  "Asia/Jerusalem": "IST",
  "Asia/Tokyo": "JST",
  "Asia/Seoul": "KST",
  "Asia/Hong_Kong": "HKT",
  "Asia/Manila": "PHT",
  "Asia/Jakarta": "WIB",
  "Africa/Johannesburg": "SAST",
  "Africa/Lagos": "WAT",
  "Africa/Nairobi": "EAT",
  "Africa/Cairo": "EET",
};

/** The zone's short name at an instant: "PKT", "CET"/"CEST", "EST"/"EDT", "UTC", else an offset such as "GMT+4". */
export function zoneAbbreviation(timeZone: string, at: Date): string {
  const part = (locale: string) =>
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value ?? "";
  // Europe's names come with en-GB, the Americas' with en-US; both say "GMT+x" where they know no letters.
  for (const locale of ["en-GB", "en-US"]) {
    const name = part(locale);
    if (/^[A-Z]{2,5}$/.test(name)) return name;
  }
  const fixed = TZDB_ABBREVIATIONS[timeZone];
  // Only where the zone keeps one offset all year (no summer name to miss).
  if (fixed) return fixed;
  return part("en-GB") || timeZone;
}

/**
 * An instant as people read it, in a zone, with the zone's abbreviation: "Mon 7 Dec, 11:00 PKT" (the year only when
 * it is not the current one). Every language uses the same 24-hour clock; names and digits follow the language.
 */
export function formatZonedInstant(iso: string, opts: { lang: string; timeZone: string; now?: Date }): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return "";
  const now = opts.now ?? new Date();
  const year = new Intl.DateTimeFormat("en", { timeZone: opts.timeZone, year: "numeric" });
  const sameYear = year.format(at) === year.format(now);
  const text = new Intl.DateTimeFormat(opts.lang === "ur" ? "ur-PK" : "en-GB", {
    timeZone: opts.timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    ...(sameYear ? {} : { year: "numeric" }),
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(at);
  return `${text} ${zoneAbbreviation(opts.timeZone, at)}`;
}
