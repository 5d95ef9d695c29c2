import { and, asc, eq, sql } from "drizzle-orm";
import { organizations, people } from "../../identity/identity.tables.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Cadence, PackPeriod } from "./pack-period.ts";
import { reviewPackRuns, reviewPackSchedules } from "./review-pack.tables.ts";

export type PackOrganization = { id: string; name: string; kind: "provider" | "client" };

/** An organization by id, for the pack's title and the policy (the caller authorizes). */
export async function findPackOrganizationUnscoped(db: Db, id: string): Promise<PackOrganization | undefined> {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name, kind: organizations.kind })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row;
}

/** The addresses of the organization's active client managers (requesters with the manager flag). */
export async function clientManagerAddressesUnscoped(db: Db, organizationId: string): Promise<string[]> {
  const rows = await db
    .select({ email: people.email })
    .from(people)
    .where(
      and(
        eq(people.organizationId, organizationId),
        eq(people.role, "requester"),
        eq(people.orgManager, true),
        eq(people.active, true),
      ),
    )
    .orderBy(asc(people.email));
  return rows.map((r) => r.email.toLowerCase());
}

export type PackSchedule = { organizationId: string; organization: string; cadence: Cadence; updatedAt: Date };

/** Every organization's pack schedule, by organization name (admins read it; the worker walks it). */
export async function listPackSchedulesUnscoped(db: Db): Promise<PackSchedule[]> {
  return db
    .select({
      organizationId: reviewPackSchedules.organizationId,
      organization: organizations.name,
      cadence: reviewPackSchedules.cadence,
      updatedAt: reviewPackSchedules.updatedAt,
    })
    .from(reviewPackSchedules)
    .innerJoin(organizations, eq(organizations.id, reviewPackSchedules.organizationId))
    .orderBy(asc(organizations.name));
}

export async function findPackSchedule(db: Db, organizationId: string): Promise<Cadence | null> {
  const [row] = await db
    .select({ cadence: reviewPackSchedules.cadence })
    .from(reviewPackSchedules)
    .where(eq(reviewPackSchedules.organizationId, organizationId));
  return row?.cadence ?? null;
}

/** Sets (or with null, removes) the organization's schedule. */
export async function savePackSchedule(
  db: Db,
  organizationId: string,
  cadence: Cadence | null,
  by: string | null,
  at: Date,
): Promise<void> {
  if (cadence === null) {
    await db.delete(reviewPackSchedules).where(eq(reviewPackSchedules.organizationId, organizationId));
    return;
  }
  await db
    .insert(reviewPackSchedules)
    .values({ organizationId, cadence, updatedBy: by, updatedAt: at })
    .onConflictDoUpdate({
      target: reviewPackSchedules.organizationId,
      set: { cadence: sql`excluded.cadence`, updatedBy: sql`excluded.updated_by`, updatedAt: sql`excluded.updated_at` },
    });
}

/**
 * Claims the making of an organization's pack for a period: true for the one caller whose row went in, false for
 * every other (another worker, a rerun) — the primary key decides, across processes.
 */
export async function claimPackRun(
  db: Db,
  organizationId: string,
  period: PackPeriod,
  recipients: readonly string[],
  at: Date,
): Promise<boolean> {
  const rows = await db
    .insert(reviewPackRuns)
    .values({ organizationId, periodFrom: period.from, periodTo: period.to, recipients: [...recipients], madeAt: at })
    .onConflictDoNothing()
    .returning({ organizationId: reviewPackRuns.organizationId });
  return rows.length === 1;
}

/** The packs made for an organization, newest first. */
export async function listPackRuns(db: Db, organizationId: string) {
  return db
    .select()
    .from(reviewPackRuns)
    .where(eq(reviewPackRuns.organizationId, organizationId))
    .orderBy(sql`${reviewPackRuns.periodFrom} desc`);
}
