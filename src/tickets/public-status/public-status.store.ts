import { eq, sql } from "drizzle-orm";
import { settings } from "../../identity/identity.tables.ts";
import type { Db } from "../../platform/db/database.ts";

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
