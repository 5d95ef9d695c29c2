import type { Deps } from "../context.ts";
import { isStaff, type Actor } from "../identity/actor.ts";
import { authorizeChannel } from "./channel.policy.ts";
import { allChannelSettings, type ChannelSetting } from "./channel-settings.ts";
import { loadChannelSettings } from "./channel-settings.store.ts";

/** Every channel's setting, defaults filled in, in display order; served from the reference cache (admin writes drop it). */
export async function channelSettingsCached(deps: Pick<Deps, "db" | "cache">): Promise<ChannelSetting[]> {
  return allChannelSettings(await deps.cache.get("channels:settings", () => loadChannelSettings(deps.db)));
}

/** The enabled channels with how to reach them (the public SLA page and requesters). */
export async function enabledChannels(deps: Pick<Deps, "db" | "cache">): Promise<ChannelSetting[]> {
  return (await channelSettingsCached(deps)).filter((c) => c.enabled);
}

/** How each channel is offered: staff see all of them, requesters only the enabled ones. */
export async function listChannels(deps: Pick<Deps, "db" | "cache">, actor: Actor): Promise<ChannelSetting[]> {
  authorizeChannel(actor, "channel.read");
  return isStaff(actor) ? channelSettingsCached(deps) : enabledChannels(deps);
}
