import { eq, sql } from "drizzle-orm";
import { organizations, people } from "../identity/identity.tables.ts";
import type { Db } from "../platform/db/database.ts";
import { consultationRequests } from "./feedback.tables.ts";

/** The client organization prospects who asked for a consultation belong to until staff move them. */
export const PROSPECTS = "Prospects";

/** The Prospects organization, created on first use (safe when two requests create it at once). */
export async function prospectsOrganization(tx: Db): Promise<{ id: string }> {
  await tx.insert(organizations).values({ name: PROSPECTS, kind: "client" }).onConflictDoNothing();
  const [row] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.name, PROSPECTS));
  return row!;
}

/**
 * The person with this email (case-insensitive), or a new requester without a password in `organizationId`.
 * Two requests with the same new address at once: the second waits for the first's row and then uses it.
 */
export async function personForEmail(tx: Db, p: { email: string; name: string; phone: string; organizationId: string }) {
  const find = async () => {
    const [row] = await tx
      .select({ id: people.id, name: people.name, role: people.role, organizationId: people.organizationId, active: people.active, orgManager: people.orgManager })
      .from(people)
      .where(sql`lower(${people.email}) = lower(${p.email})`);
    return row;
  };
  const existing = await find();
  if (existing) return existing;
  await tx.insert(people).values({ organizationId: p.organizationId, name: p.name, email: p.email, phone: p.phone, role: "requester" }).onConflictDoNothing();
  return (await find())!;
}

export async function insertConsultationRequest(tx: Db, row: typeof consultationRequests.$inferInsert) {
  const [created] = await tx.insert(consultationRequests).values(row).returning();
  return created!;
}
