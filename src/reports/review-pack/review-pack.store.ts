import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { organizations, people } from "../../identity/identity.tables.ts";
import type { Db } from "../../platform/db/database.ts";
import { ticketSla } from "../../sla/sla.tables.ts";
import type { TicketEvent } from "../../tickets/ticket/events.ts";
import { ticketEvents, tickets } from "../../tickets/ticket.tables.ts";
import type { TicketHistory } from "../indicators/ticket-facts.ts";
import { pinnedSlas } from "../indicators.store.ts";
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

/**
 * The histories of the tickets a pack lists as breached, up to the period's end (all their folding reads:
 * `ticketFacts` cuts there), with their pinned SLA: the tickets, their events and their pinned versions in one
 * statement, then the versions' terms and calendars. Unlike `historiesOfUnscoped` it skips the groups' OLA terms,
 * which the pack's breaches do not use, and the events after the period.
 */
export async function breachedHistoriesUnscoped(
  db: Db,
  ticketIds: readonly string[],
  until: Date,
): Promise<TicketHistory[]> {
  if (ticketIds.length === 0) return [];
  const e = ticketEvents;
  const rows = (
    (await db.execute(sql`select ${tickets.id} as id, ${tickets.number} as number,
      ${ticketSla.policyVersionId} as "versionId",
      coalesce((select json_agg(json_build_object('type', ${e.type}, 'actorId', ${e.actorId},
          'at', floor(extract(epoch from ${e.at}) * 1000), 'data', ${e.data}) order by ${e.seq})
        from ${e} where ${e.ticketId} = ${tickets.id} and ${e.at} < ${until.toISOString()}::timestamptz), '[]'::json)
        as events
      from ${tickets} left join ${ticketSla} on ${ticketSla.ticketId} = ${tickets.id}
      where ${inArray(tickets.id, [...ticketIds])}`)) as unknown as {
      rows: Array<{ id: string; number: number; versionId: string | null; events: unknown }>;
    }
  ).rows;
  const slaOf = await pinnedSlas(
    db,
    rows.flatMap((r) => (r.versionId ? [{ ticketId: r.id, versionId: r.versionId }] : [])),
  );
  return rows.map((r) => {
    // Instants leave the statement as epoch milliseconds, floored: what the driver's Date makes of a timestamptz.
    const events = (typeof r.events === "string" ? JSON.parse(r.events) : r.events) as Array<
      Omit<TicketEvent, "at"> & { at: number | string }
    >;
    return {
      id: r.id,
      number: r.number,
      events: events.map((x) => ({ ...x, at: new Date(Number(x.at)) }) as TicketEvent),
      sla: slaOf.get(r.id) ?? null,
    };
  });
}
