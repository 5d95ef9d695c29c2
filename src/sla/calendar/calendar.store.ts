import { asc, eq, inArray, or, sql } from "drizzle-orm";
import { supportGroups } from "../../identity/identity.tables.ts";
import type { Db } from "../../platform/db/database.ts";
import { PRIORITIES } from "../../shared/enums.ts";
import {
  compileCalendar,
  parseCalendar,
  type Calendar,
  type CalendarTimeline,
  type CompiledCalendar,
} from "./index.ts";
import { calendars, calendarVersions, groupTargets, slaPolicies, slaPolicyVersions } from "../sla.tables.ts";

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
  const rows = await db
    .select({ id: calendars.id })
    .from(calendars)
    .where(inArray(calendars.id, [...new Set(ids)]));
  return new Set(rows.map((r) => r.id));
}

/** Calendars by id with their names (for showing which calendar a target runs on). */
export async function calendarNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: calendars.id, name: calendars.name })
    .from(calendars)
    .where(inArray(calendars.id, [...new Set(ids)]));
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
  const usesIt = or(
    ...PRIORITIES.map(
      (p) => sql`${slaPolicyVersions.definition} #>> ${sql.raw(`'{targets,${p},calendarId}'`)} = ${id}`,
    ),
  );
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

/** Creates a calendar with its first version. */
export async function insertCalendar(
  db: Db,
  input: { name: string; definition: Calendar; effectiveFrom: Date; createdBy: string | null },
) {
  const [calendar] = await db
    .insert(calendars)
    .values({ name: input.name, createdAt: input.effectiveFrom })
    .returning();
  const [version] = await db
    .insert(calendarVersions)
    .values({
      calendarId: calendar!.id,
      definition: input.definition,
      effectiveFrom: input.effectiveFrom,
      createdBy: input.createdBy,
    })
    .returning();
  return { ...calendar!, version: version! };
}

export async function listCalendarsUnscoped(db: Db) {
  return db.select().from(calendars).orderBy(asc(calendars.name));
}

export async function findCalendarByName(db: Db, name: string) {
  const [row] = await db.select().from(calendars).where(eq(calendars.name, name));
  return row;
}

// Versions never change once written, so their compiled form can be shared by every request in this process.
const compiledByVersion = new Map<string, CompiledCalendar>();

/** The calendars' whole edit histories, compiled, for folding clocks. */
export async function loadCalendarTimelines(
  db: Db,
  calendarIds: readonly string[],
): Promise<Map<string, CalendarTimeline>> {
  const ids = [...new Set(calendarIds)];
  const out = new Map<string, CalendarTimeline>();
  if (ids.length === 0) return out;
  const rows = await db
    .select()
    .from(calendarVersions)
    .where(inArray(calendarVersions.calendarId, ids))
    .orderBy(asc(calendarVersions.calendarId), asc(calendarVersions.effectiveFrom));
  for (const row of rows) {
    let compiled = compiledByVersion.get(row.id);
    if (!compiled) {
      compiled = compileCalendar(parseCalendar(row.definition));
      compiledByVersion.set(row.id, compiled);
    }
    const list = (out.get(row.calendarId) ?? []) as Array<{ from: number; compiled: CompiledCalendar }>;
    // The first version reaches back to the beginning of time: a clock never starts before its calendar existed.
    list.push({ from: list.length === 0 ? Number.NEGATIVE_INFINITY : row.effectiveFrom.getTime(), compiled });
    out.set(row.calendarId, list);
  }
  return out;
}
