import type { Deps } from "../context.ts";
import type { Actor } from "../identity/actor.ts";
import { diffFields, hasChanges } from "../identity/audit.ts";
import { recordAudit } from "../identity/audit.store.ts";
import { authorizeChannel } from "./channel.policy.ts";
import { defaultSetting, isChannel, type ChannelSetting } from "./channel-settings.ts";
import { lockChannelSetting, saveChannelSetting } from "./channel-settings.store.ts";
import { channelError } from "./channels.errors.ts";

export type ChannelSettingInput = Omit<ChannelSetting, "channel" | "instructionsUr"> & {
  instructionsUr?: string | null;
};

const FIELDS = ["enabled", "contact", "instructions", "instructionsUr", "position"] as const;

/**
 * Replaces how one channel is offered (admin): whether it is, where to reach it, what to tell customers, and
 * its place in lists. Audited field by field; an edit that changes nothing writes nothing.
 */
export async function setChannel(
  deps: Pick<Deps, "db" | "clock">,
  actor: Actor,
  channel: string,
  input: ChannelSettingInput,
): Promise<ChannelSetting> {
  authorizeChannel(actor, "channel.write");
  if (!isChannel(channel)) throw channelError("CHANNEL_NOT_FOUND", "params.channel");
  const after: ChannelSetting = {
    channel,
    enabled: input.enabled,
    contact: input.contact.trim(),
    instructions: input.instructions.trim(),
    // Left out or empty: no Urdu text (a PUT replaces the whole setting).
    instructionsUr: input.instructionsUr?.trim() || null,
    position: input.position,
  };
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const stored = await lockChannelSetting(tx, channel);
    const before = stored ?? defaultSetting(channel);
    const changes = diffFields(before, after, FIELDS);
    // A channel shown with its defaults but never saved gets its row even when nothing differs: what admins saw is kept.
    if (stored && !hasChanges(changes)) return before;
    await saveChannelSetting(tx, after, now);
    if (hasChanges(changes))
      await recordAudit(tx, actor, { action: "channel.updated", entity: "channel", entityId: channel, changes }, now);
    return after;
  });
}
