/**
 * Which channel a notification to a requester goes out on (pure): one preference per person (people.preferred_channel),
 * edited by the person in the portal and by staff.
 */

export const REQUESTER_CHANNELS = ["email", "whatsapp", "portal"] as const;
export type RequesterChannel = (typeof REQUESTER_CHANNELS)[number];

/** The channels Frontline can deliver on today. */
export type DeliveryChannel = "email" | "portal";

/**
 * Each preference's delivery. WhatsApp falls back to email until the WhatsApp channel (channels/whatsapp, being built
 * apart) lands: then its line here names it and the dispatcher map in notify-requester.ts gains its sender.
 * `portal`: nothing is sent; the requester reads it in the portal (and a live stream announces it).
 */
export const DELIVERY: Record<RequesterChannel, DeliveryChannel> = {
  email: "email",
  portal: "portal",
  whatsapp: "email",
};

/** The channel a notification to someone with this preference is delivered on. */
export function deliveryChannel(preference: RequesterChannel): DeliveryChannel {
  return DELIVERY[preference];
}
