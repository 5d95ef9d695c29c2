/**
 * Which channel a notification to a requester goes out on (pure): one preference per person (people.preferred_channel),
 * edited by the person in the portal and by staff.
 */

export const REQUESTER_CHANNELS = ["email", "whatsapp", "portal"] as const;
export type RequesterChannel = (typeof REQUESTER_CHANNELS)[number];

/** The channels Frontline delivers on. */
export type DeliveryChannel = RequesterChannel;

/**
 * Each preference's delivery. `whatsapp` goes through the WhatsApp outbox while the person's 24-hour window is open
 * and falls back to email otherwise (notify-requester.ts decides, it needs the conversation).
 * `portal`: nothing is sent; the requester reads it in the portal (and a live stream announces it).
 */
export const DELIVERY: Record<RequesterChannel, DeliveryChannel> = {
  email: "email",
  portal: "portal",
  whatsapp: "whatsapp",
};

/** Why a notice went by email rather than on the WhatsApp the requester prefers (shown with the mail on the ticket). */
export const MAIL_FALLBACKS = ["whatsapp_no_conversation", "whatsapp_window_closed"] as const;
export type MailFallback = (typeof MAIL_FALLBACKS)[number];

/** Whether a WhatsApp notice may go out now: the person wrote on WhatsApp within the 24-hour window, else why not. */
export function whatsappFallback(lastInboundAt: Date | null, now: Date, windowMs: number): MailFallback | null {
  if (lastInboundAt === null) return "whatsapp_no_conversation";
  return now.getTime() < lastInboundAt.getTime() + windowMs ? null : "whatsapp_window_closed";
}

/** The channel a notification to someone with this preference is delivered on. */
export function deliveryChannel(preference: RequesterChannel): DeliveryChannel {
  return DELIVERY[preference];
}
