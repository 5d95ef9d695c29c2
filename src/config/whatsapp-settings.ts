import { z } from "zod";

/** The WhatsApp Business Cloud API channel's settings: the number configured from the environment, and its limits. */
export const whatsappSettings = {
  WHATSAPP_APP_SECRET: {
    schema: z.string().min(1).optional(),
    description:
      "App secret of the WhatsApp number configured from the environment: POST /webhooks/whatsapp must carry its X-Hub-Signature-256",
    secret: true,
  },
  WHATSAPP_VERIFY_TOKEN: {
    schema: z.string().min(1).optional(),
    description: "Verify token of the WhatsApp webhook handshake (GET /webhooks/whatsapp?hub.verify_token=…)",
    secret: true,
  },
  WHATSAPP_ACCESS_TOKEN: {
    schema: z.string().min(1).optional(),
    description:
      "Bearer token for the Graph API (sending replies, downloading media) of the environment's WhatsApp number",
    secret: true,
  },
  WHATSAPP_PHONE_NUMBER_ID: {
    schema: z
      .string()
      .regex(/^\d{1,32}$/, "must be Meta's numeric phone number id")
      .optional(),
    description: "Meta's phone_number_id of the WhatsApp number configured from the environment",
    secret: false,
  },
  WHATSAPP_GRAPH_URL: {
    schema: z
      .string()
      .regex(/^https?:\/\/[^/]+(\/.*)?$/, "must be an http(s) URL")
      .default("https://graph.facebook.com"),
    description:
      "Graph API base URL, without the version (requests go to {WHATSAPP_GRAPH_URL}/v21.0/…); tests point it at a loopback fake",
    secret: false,
  },
  WHATSAPP_REOPEN_HOURS: {
    schema: z.coerce
      .number()
      .int()
      .min(0)
      .max(24 * 365)
      .default(168),
    description:
      "A WhatsApp message within this many hours of its ticket's resolution reopens it; later ones open a new ticket",
    secret: false,
  },
  WHATSAPP_MAX_BODY_BYTES: {
    schema: z.coerce.number().int().min(1024).max(52_428_800).default(3_145_728),
    description: "Largest WhatsApp webhook body accepted (413 above it)",
    secret: false,
  },
};
