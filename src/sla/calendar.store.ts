import { asc, eq, inArray, or, sql } from "drizzle-orm";
import { supportGroups } from "../identity/identity.tables.ts";
import type { Db } from "../platform/db/database.ts";
import { PRIORITIES } from "../shared/enums.ts";
import type { Calendar } from "./calendar/index.ts";
import { calendars, calendarVersions, groupTargets, slaPolicies, slaPolicyVersions } from "./sla.tables.ts";

export type CalendarRow = typeof calendars.$inferSelect;
export type CalendarVersionRow = typeof calendarVersions.$inferSelect;

/** A calendar by id. */
export async function findCalendar(db: Db, id: string): Promise<CalendarRow | undefined> {
  const [row] = await db.select().from(calendars).where(eq(calendars.id, id));
  return row;
}

/** Locks a calendar row until the transaction ends (edits of one calendar serialise). */
export async function lockCalendar(tx: Db, id: string): Promise<CalendarRow | undefined> {
  const [row] = await tx.select().from(calendars).where(eq(calendars.id, id)).for("update");
  return row;
}

/** Versions of some calendars (all when `ids` is omitted), oldest effective first. */
export async function findCalendarVersions(db: Db, ids?: readonly string[]): Promise<CalendarVersionRow[]> {
  if (ids && ids.length === 0) return [];
  return db
    .select()
    .from(calendarVersions)
    .where(ids ? inArray(calendarVersions.calendarId, [...ids]) : undefined)
    .orderBy(asc(calendarVersions.calendarId), asc(calendarVersions.effectiveFrom));
}

/** The ids among these that name calendars. */
export async function existingCalendarIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: calendars.id }).from(calendars).where(inArray(calendars.id, [...new Set(ids)]));
  return new Set(rows.map((r) => r.id));
}

/** Calendars by id with their names (for showing which calendar a target runs on). */
export async function calendarNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: calendars.id, name: calendars.name }).from(calendars).where(inArray(calendars.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Adds a version to a calendar. */
export async function insertCalendarVersion(
  tx: Db,
  row: { calendarId: string; effectiveFrom: Date; definition: Calendar; createdBy: string | null; createdAt: Date },
): Promise<CalendarVersionRow> {
  const [created] = await tx.insert(calendarVersions).values(row).returning();
  return created!;
}

/** Who still needs a calendar: the policies with any version that runs a target on it, and the groups whose OLA does. */
export async function calendarUsers(db: Db, id: string): Promise<{ policies: string[]; groups: string[] }> {
  const usesIt = or(...PRIORITIES.map((p) => sql`${slaPolicyVersions.definition} #>> ${sql.raw(`'{targets,${p},calendarId}'`)} = ${id}`));
  const policies = await db
    .selectDistinct({ name: slaPolicies.name })
    .from(slaPolicyVersions)
    .innerJoin(slaPolicies, eq(slaPolicies.id, slaPolicyVersions.policyId))
    .where(usesIt)
    .orderBy(asc(slaPolicies.name));
  const groups = await db
    .select({ name: supportGroups.name })
    .from(groupTargets)
    .innerJoin(supportGroups, eq(supportGroups.id, groupTargets.groupId))
    .where(eq(groupTargets.calendarId, id))
    .orderBy(asc(supportGroups.name));
  return { policies: policies.map((p) => p.name), groups: groups.map((g) => g.name) };
}

/** Deletes a calendar and its versions. */
export async function deleteCalendarRow(tx: Db, id: string): Promise<void> {
  await tx.delete(calendars).where(eq(calendars.id, id));
}
