import { z } from "zod";

/** The telephony webhook's settings (issue 15 §3), kept apart so config.ts stays readable in one sitting. */
export const telephonySettings = {
  TELEPHONY_SECRET: {
    schema: z.string().min(16).max(1024).optional(),
    description:
      "Shared secret of the telephony webhook (POST /api/v1/telephony/events): each body is signed x-frontline-signature: sha256=<hex HMAC-SHA256>; unset, the webhook refuses every event",
    secret: true,
  },
  TELEPHONY_TWILIO_AUTH_TOKEN: {
    schema: z.string().min(8).max(1024).optional(),
    description:
      "Auth token of a Twilio-style provider posting to /api/v1/telephony/twilio (X-Twilio-Signature is checked with it, against PUBLIC_URL + the path); unset, those posts are refused",
    secret: true,
  },
  TELEPHONY_CALLBACK_MINUTES: {
    schema: z.coerce.number().int().min(1).max(10_080).default(60),
    description: "A missed call (rang, ended unanswered) must be called back within this many minutes",
    secret: false,
  },
} as const;
