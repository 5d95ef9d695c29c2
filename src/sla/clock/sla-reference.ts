import type { ReferenceCache } from "../../platform/cache/reference-cache.ts";
import type { Db } from "../../platform/db/database.ts";
import { activePolicyVersions, findPolicyVersion } from "../policy/policy.store.ts";
import { loadCalendarTimelines } from "../calendar/calendar.store.ts";

// SLA reference data is read on every ticket event; versions never change once written, and new ones
// reach this process's cache at once (admin writes invalidate it) and other processes within its TTL.

/** Active policies with the version in force at `at`: the newest version whose effective-from has come. */
export async function policiesInForceCached(cache: ReferenceCache, db: Db, at: Date) {
  const rows = await cache.get("sla:policy-versions", () => activePolicyVersions(db));
  const seen = new Set<string>();
  return rows
    .filter((r) => r.version.effectiveFrom <= at && !seen.has(r.policy.id) && seen.add(r.policy.id))
    .map((r) => ({ ...r.policy, version: r.version }));
}

/** A policy version by id (immutable once written). */
export function policyVersionCached(cache: ReferenceCache, db: Db, id: string) {
  return cache.get(`sla:policy-version:${id}`, () => findPolicyVersion(db, id));
}

/** The compiled histories of some calendars. */
export function calendarsCached(cache: ReferenceCache, db: Db, ids: readonly string[]) {
  const unique = [...new Set(ids)].sort();
  return cache.get(`sla:calendars:${unique.join(",")}`, () => loadCalendarTimelines(db, unique));
}
