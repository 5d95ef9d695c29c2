import { CHANNELS, type Channel } from "../shared/enums.ts";

/** How one channel is offered to customers. */
export type ChannelSetting = {
  channel: Channel;
  enabled: boolean;
  contact: string;
  instructions: string;
  /** The instructions in Urdu, for readers of the Urdu pages; null: the instructions as typed. */
  instructionsUr: string | null;
  position: number;
};

/** The limits an admin's edit must respect (shown on the public SLA page, so kept short). */
export const CONTACT_MAX = 200;
export const INSTRUCTIONS_MAX = 1000;

export function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}

/** A channel nobody has configured: offered, without contact details, in the vocabulary's order. */
export function defaultSetting(channel: Channel): ChannelSetting {
  return {
    channel,
    enabled: true,
    contact: "",
    instructions: "",
    instructionsUr: null,
    position: CHANNELS.indexOf(channel),
  };
}

/**
 * Every channel of the vocabulary, stored settings over the defaults, ordered by position then channel name.
 * Rows for channels the vocabulary no longer has are left out.
 */
export function allChannelSettings(rows: readonly ChannelSetting[]): ChannelSetting[] {
  const stored = new Map(rows.filter((r) => isChannel(r.channel)).map((r) => [r.channel, r]));
  return CHANNELS.map((c) => {
    const row = stored.get(c);
    return row
      ? {
          channel: c,
          enabled: row.enabled,
          contact: row.contact,
          instructions: row.instructions,
          instructionsUr: row.instructionsUr,
          position: row.position,
        }
      : defaultSetting(c);
  }).sort((a, b) => a.position - b.position || (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0));
}
