import { eq, sql } from "drizzle-orm";
import type { Db } from "../platform/db/database.ts";
import type { Channel } from "../shared/enums.ts";
import type { ChannelSetting } from "./channel-settings.ts";
import { channelSettings } from "./channels.tables.ts";

const columns = {
  channel: channelSettings.channel,
  enabled: channelSettings.enabled,
  contact: channelSettings.contact,
  instructions: channelSettings.instructions,
  instructionsUr: channelSettings.instructionsUr,
  position: channelSettings.position,
};

/** Every stored channel setting. Unscoped: channel settings are reference data; callers filter for requesters. */
export async function loadChannelSettings(db: Db): Promise<ChannelSetting[]> {
  return (await db.select(columns).from(channelSettings)) as ChannelSetting[];
}

/** One channel's stored setting, locked until the transaction ends (an advisory lock also covers the first write). */
export async function lockChannelSetting(tx: Db, channel: Channel): Promise<ChannelSetting | undefined> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`frontline.channel.${channel}`}))`);
  const [row] = await tx.select(columns).from(channelSettings).where(eq(channelSettings.channel, channel));
  return row as ChannelSetting | undefined;
}

/** Writes one channel's setting (insert or replace). */
export async function saveChannelSetting(db: Db, setting: ChannelSetting, at: Date): Promise<void> {
  const { channel, ...values } = setting;
  await db
    .insert(channelSettings)
    .values({ channel, ...values, updatedAt: at })
    .onConflictDoUpdate({ target: channelSettings.channel, set: { ...values, updatedAt: at } });
}
