import { enabledChannels } from "../../channels/list-channels.ts";
import type { Deps } from "../../context.ts";
import { PRIORITIES, type Impact, type Priority, type Urgency } from "../../shared/enums.ts";
import { DomainError } from "../../shared/errors.ts";
import { priorityMatrix } from "../../tickets/routing/reference-data.ts";
import { priorityFor } from "../../tickets/ticket/ticket.ts";
import type { Calendar } from "../calendar/index.ts";
import { calendarNames, findCalendarVersions, type CalendarVersionRow } from "../calendar/calendar.store.ts";
import { policiesInForceCached } from "../clock/sla-reference.ts";
import type { PolicyVersionRow } from "../policy/policy.store.ts";
import { localDate, publishedHolidays, publishedSpecialHours, publishedWeek } from "./published-calendar.ts";
import { activePolicyVersions } from "../policy/policy.store.ts";

type Published = Pick<Deps, "db" | "clock" | "cache">;

const notPublished = () =>
  new DomainError(
    "not_found",
    "SLA_NOT_PUBLISHED",
    "No default SLA policy is in force, so there is nothing to publish.",
  );
const versionNotFound = () =>
  new DomainError(
    "not_found",
    "SLA_VERSION_NOT_FOUND",
    "The default SLA policy has no such version.",
    "params.version",
  );

/** Every version of the default policy (active), oldest first, and the one in force now (the same rule new tickets use). */
async function defaultPolicy(deps: Published, now: Date) {
  // The same cached read policiesInForceCached makes, so the public page costs no extra query.
  const rows = await deps.cache.get("sla:policy-versions", () => activePolicyVersions(deps.db));
  const policy = rows.find((r) => r.policy.isDefault)?.policy;
  if (!policy) return undefined;
  const versions = rows
    .filter((r) => r.policy.id === policy.id)
    .map((r) => r.version)
    .sort((a, b) => a.version - b.version);
  const inForce =
    (await policiesInForceCached(deps.cache, deps.db, now)).find((p) => p.id === policy.id)?.version ?? null;
  return { policy, versions, current: inForce };
}

/**
 * The instant whose calendars a version is shown with: now for the version in force; the moment it took effect for
 * one scheduled later; for a past one, the last moment it was in force (the hours its tickets were last measured on).
 */
function calendarsAsOf(
  version: PolicyVersionRow,
  versions: readonly PolicyVersionRow[],
  current: PolicyVersionRow | null,
  now: Date,
): Date {
  if (current && version.id === current.id) return now;
  if (version.effectiveFrom > now) return version.effectiveFrom;
  const next = versions.find((v) => v.version > version.version && v.effectiveFrom > version.effectiveFrom);
  return next ? new Date(Math.min(next.effectiveFrom.getTime() - 1, now.getTime())) : now;
}

/** Each calendar's version in force at `at` (the first version reaches back to the beginning of time). */
function calendarVersionsAt(rows: readonly CalendarVersionRow[], at: Date): Map<string, CalendarVersionRow> {
  const out = new Map<string, CalendarVersionRow>();
  for (const row of [...rows].sort((a, b) => a.effectiveFrom.getTime() - b.effectiveFrom.getTime())) {
    if (!out.has(row.calendarId) || row.effectiveFrom <= at) out.set(row.calendarId, row);
  }
  return out;
}

async function build(deps: Published, requested: number | undefined) {
  const now = deps.clock.now();
  const found = await defaultPolicy(deps, now);
  if (!found) throw notPublished();
  const { policy, versions, current } = found;
  const version = requested === undefined ? current : versions.find((v) => v.version === requested);
  if (!version) throw requested === undefined ? notPublished() : versionNotFound();
  const asOf = calendarsAsOf(version, versions, current, now);
  const targets = version.definition.targets;
  const calendarIds = [...new Set(PRIORITIES.map((p) => targets[p].calendarId))];
  const names = await calendarNames(deps.db, calendarIds);
  const byCalendar = calendarVersionsAt(await findCalendarVersions(deps.db, calendarIds), asOf);
  const calendars = calendarIds.flatMap((id) => {
    const definition = byCalendar.get(id)?.definition;
    if (!definition) return [];
    const from = localDate(asOf.getTime(), definition.timezone);
    return [
      {
        id,
        name: names.get(id) ?? "",
        timeZone: definition.timezone,
        alwaysOpen: "always" in definition && definition.always === true,
        weekly: publishedWeek(definition),
        holidays: publishedHolidays(definition, from),
        specialHours: publishedSpecialHours(definition, from),
      },
    ];
  });
  return {
    policy: { name: policy.name, version: version.version, effectiveFrom: version.effectiveFrom.toISOString() },
    priorities: PRIORITIES.map((priority) => ({
      priority,
      respondMinutes: targets[priority].firstResponseMinutes,
      resolveMinutes: targets[priority].resolutionMinutes,
      calendar: { id: targets[priority].calendarId, name: names.get(targets[priority].calendarId) ?? "" },
    })),
    calendars,
    calendarsAsOf: asOf.toISOString(),
    note:
      asOf.getTime() === now.getTime()
        ? "Support hours and holidays as they are today, with the holidays of the next 12 months."
        : "Calendars are versioned: support hours and holidays are shown as they stood on calendarsAsOf, with the holidays of the 12 months from then.",
    channels: (await enabledChannels(deps)).map(({ channel, contact, instructions, instructionsUr }) => ({
      channel,
      contact,
      instructions,
      instructionsUr,
    })),
    versions: versions.map((v) => ({
      version: v.version,
      effectiveFrom: v.effectiveFrom.toISOString(),
      current: current !== null && v.id === current.id,
    })),
  };
}

export type PublishedSla = Awaited<ReturnType<typeof build>>;

/**
 * The published SLA of the default policy, readable by anyone: the version in force now (or the one asked for),
 * each priority's response and resolution targets in business minutes and the calendar they run on, those
 * calendars' hours and holidays, the channels customers can use, and every version. Served from the reference
 * cache: admin edits drop it at once, and the version in force follows the clock within the cache's lifetime.
 */
export function publishedSla(deps: Published, version?: number): Promise<PublishedSla> {
  return deps.cache.get(`sla:published:${version ?? "current"}`, () => build(deps, version));
}

/**
 * The support calendar's zone: that of the default policy's support hours (its first calendar that is not around
 * the clock, else its first), which people read times in unless their profile names another. UTC when no SLA is
 * published. From the cached published SLA, so it costs no query on most calls.
 */
export async function defaultSupportTimeZone(deps: Published): Promise<string> {
  const published = await publishedSla(deps).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "SLA_NOT_PUBLISHED") return undefined;
    throw error;
  });
  const calendars = published?.calendars ?? [];
  return (calendars.find((c) => !c.alwaysOpen) ?? calendars[0])?.timeZone ?? "UTC";
}

/**
 * The support hours customers are offered (the consultation form's window, and the zone its preferred day is read
 * in): the calendar, in force now, that the
 * default policy's targets would run a ticket of this impact and urgency on. Undefined when no SLA is published.
 */
export async function supportCalendar(
  deps: Published,
  impact: Impact,
  urgency: Urgency,
): Promise<Calendar | undefined> {
  const found = await defaultPolicy(deps, deps.clock.now());
  if (!found?.current) return undefined;
  const priority: Priority = priorityFor(await priorityMatrix(deps, deps.db), impact, urgency);
  const calendarId = found.current.definition.targets[priority].calendarId;
  return calendarVersionsAt(await findCalendarVersions(deps.db, [calendarId]), deps.clock.now()).get(calendarId)
    ?.definition;
}
