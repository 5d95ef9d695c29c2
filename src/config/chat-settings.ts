import { z } from "zod";

/** The web chat's settings (src/channels/chat), part of the one config schema in config.ts. */
export const chatSettings = {
  CHAT_ALLOWED_ORIGINS: {
    schema: z.string().default("*"),
    description:
      "Sites that may embed the web chat (chat.js) and call its endpoints from the browser: * (any), or a comma-separated list of origins such as https://intranet.example,https://www.example",
    secret: false,
  },
  CHAT_START_RATE_LIMIT_PER_HOUR: {
    schema: z.coerce.number().int().min(1).default(20),
    description: "Web chats (and messages left outside hours) an anonymous client may start per hour",
    secret: false,
  },
  CHAT_MESSAGE_RATE_LIMIT_PER_MINUTE: {
    schema: z.coerce.number().int().min(1).default(30),
    description: "Chat messages, typing notices and uploads per minute per client on the web chat's visitor endpoints",
    secret: false,
  },
} as const;
