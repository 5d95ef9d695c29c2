import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { settings } from "../identity/identity.tables.ts";
import type { Db } from "../platform/db/database.ts";
import { ACTIVE_STATUSES } from "./ticket.ts";
import { tickets } from "./ticket.tables.ts";

const KEY = "public_status";

export type PublicStatusSetting = { enabled: boolean };

/** Whether the public status page is on (it is until an admin turns it off). */
export async function loadPublicStatusSetting(db: Db): Promise<PublicStatusSetting> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY));
  const value = row?.value as Partial<PublicStatusSetting> | undefined;
  return { enabled: value?.enabled !== false };
}

/** The setting, locked until the transaction ends (an advisory lock also covers the first write, when no row exists yet). */
export async function lockPublicStatusSetting(tx: Db): Promise<PublicStatusSetting> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('frontline.settings.public_status'))`);
  return loadPublicStatusSetting(tx);
}

export async function savePublicStatusSetting(db: Db, value: PublicStatusSetting, at: Date): Promise<void> {
  await db
    .insert(settings)
    .values({ key: KEY, value, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } });
}

/**
 * Open critical incidents, newest first: what the public status page shows. Unscoped on purpose: the page is
 * public and shows only the number, subject, status and start of each, never who raised it or for whom.
 */
export async function findOpenCriticalIncidentsUnscoped(db: Db, limit: number) {
  return db
    .select({ number: tickets.number, subject: tickets.subject, status: tickets.status, since: tickets.createdAt })
    .from(tickets)
    .where(and(eq(tickets.type, "incident"), eq(tickets.priority, "critical"), inArray(tickets.status, [...ACTIVE_STATUSES])))
    .orderBy(desc(tickets.createdAt), desc(tickets.number))
    .limit(limit);
}
