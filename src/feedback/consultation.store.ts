import { randomBytes } from "node:crypto";
import { and, eq, getTableColumns, sql } from "drizzle-orm";
import { organizations, people, settings } from "../identity/identity.tables.ts";
import type { Db } from "../platform/db/database.ts";
import { tickets } from "../tickets/ticket.tables.ts";
import { consultationRequests } from "./feedback.tables.ts";

/** The client organization prospects who asked for a consultation belong to until staff move them. */
export const PROSPECTS = "Prospects";

/**
 * The neutral requester of every request nobody has verified (docs/decisions/0004). Its address is in the reserved
 * .invalid domain, so no one can own it, and it has no password, so no one signs in as it.
 */
export const UNVERIFIED_VISITOR = { name: "Unverified web visitor", email: "web-visitor@unverified.invalid" } as const;

/** The Prospects organization, created on first use (safe when two requests create it at once). */
export async function prospectsOrganization(tx: Db): Promise<{ id: string }> {
  await tx.insert(organizations).values({ name: PROSPECTS, kind: "client" }).onConflictDoNothing();
  const [row] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.name, PROSPECTS));
  return row!;
}

/** The unverified web visitor in `organizationId`, created on first use (two first requests at once make one). */
export async function unverifiedVisitor(
  tx: Db,
  organizationId: string,
): Promise<{ id: string; organizationId: string }> {
  const find = async () => {
    const [row] = await tx
      .select({ id: people.id, organizationId: people.organizationId })
      .from(people)
      .where(sql`lower(${people.email}) = ${UNVERIFIED_VISITOR.email}`);
    return row;
  };
  const existing = await find();
  if (existing) return existing;
  await tx
    .insert(people)
    .values({ organizationId, ...UNVERIFIED_VISITOR, role: "requester" })
    .onConflictDoNothing();
  return (await find())!;
}

/** The active requester who owns this address (any case), if there is one: staff and switched-off accounts never match. */
export async function findRequesterByEmail(db: Db, email: string) {
  const [row] = await db
    .select({ id: people.id, name: people.name, email: people.email, organizationId: people.organizationId })
    .from(people)
    .where(and(sql`lower(${people.email}) = lower(${email})`, eq(people.role, "requester"), eq(people.active, true)));
  return row;
}

const KEY = "consultation_link_key";

/** The key that signs confirmation links, made once per workspace and shared by every process through the database. */
export async function consultationLinkKey(db: Db): Promise<string> {
  await db
    .insert(settings)
    .values({ key: KEY, value: { secret: randomBytes(32).toString("base64url") } })
    .onConflictDoNothing();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY));
  return (row!.value as { secret: string }).secret;
}

export async function insertConsultationRequest(tx: Db, row: typeof consultationRequests.$inferInsert) {
  const [created] = await tx.insert(consultationRequests).values(row).returning();
  return created!;
}

/** A consultation request by its id, with its ticket's number. Unscoped: the caller proved a right to it (a signed link). */
export async function findConsultationUnscoped(db: Db, id: string) {
  const [row] = await db
    .select({ ...getTableColumns(consultationRequests), number: tickets.number })
    .from(consultationRequests)
    .innerJoin(tickets, eq(tickets.id, consultationRequests.ticketId))
    .where(eq(consultationRequests.id, id));
  return row;
}

/** The consultation request that opened a ticket. Unscoped: callers check the ticket is visible first. */
export async function findConsultationOfTicketUnscoped(db: Db, ticketId: string) {
  const [row] = await db.select().from(consultationRequests).where(eq(consultationRequests.ticketId, ticketId));
  return row;
}

export async function markConsultationLinked(tx: Db, id: string, personId: string, at: Date): Promise<void> {
  await tx
    .update(consultationRequests)
    .set({ linkedPersonId: personId, linkedAt: at })
    .where(eq(consultationRequests.id, id));
}

export type ConsultationRow = typeof consultationRequests.$inferSelect;
