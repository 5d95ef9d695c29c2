import { readFileSync } from "node:fs";
import pino from "pino";
import { whatsappInboundJobHandlers } from "../../src/channels/whatsapp/whatsapp-inbound.job.ts";
import { outboundWhatsappJobHandlers } from "../../src/channels/whatsapp/outbound-whatsapp.job.ts";
import { signWebhook } from "../../src/channels/whatsapp/signature.ts";
import type { Config } from "../../src/config/config.ts";
import type { Deps } from "../../src/context.ts";
import type { HttpServer } from "../../src/platform/http/server.ts";
import { runDueJobs } from "../../src/platform/jobs/run-jobs.ts";

/** The app secret, number and token the fixtures in test/fixtures/whatsapp/ are made for. */
export const WA = {
  appSecret: "test-app-secret",
  phoneNumberId: "106540352242922",
  verifyToken: "verify-me",
  accessToken: "test-access-token",
};

/** The environment's one WhatsApp number (WHATSAPP_* settings), pointing at a Graph fake once it is started. */
export function whatsappSettings(): Partial<Config> {
  return {
    WHATSAPP_APP_SECRET: WA.appSecret,
    WHATSAPP_PHONE_NUMBER_ID: WA.phoneNumberId,
    WHATSAPP_VERIFY_TOKEN: WA.verifyToken,
    WHATSAPP_ACCESS_TOKEN: WA.accessToken,
  };
}

export function fixture(name: string): Buffer {
  return readFileSync(new URL(`../fixtures/whatsapp/${name}`, import.meta.url));
}

/** An envelope of inbound messages to the fixtures' number, as Meta sends it. */
export function inbound(
  messages: Array<Record<string, unknown>>,
  contact = { name: "Sheena Nelson", waId: "16505551234" },
) {
  return Buffer.from(
    JSON.stringify({
      object: "whatsapp_business_account",
      entry: [
        {
          id: "102290129340398",
          changes: [
            {
              field: "messages",
              value: {
                messaging_product: "whatsapp",
                metadata: { display_phone_number: "15550783881", phone_number_id: WA.phoneNumberId },
                contacts: [{ profile: { name: contact.name }, wa_id: contact.waId }],
                messages,
              },
            },
          ],
        },
      ],
    }),
  );
}

/** Receipts for our outbound messages, as Meta sends them. */
export function statuses(items: Array<{ id: string; status: string; timestamp?: string }>) {
  return Buffer.from(
    JSON.stringify({
      object: "whatsapp_business_account",
      entry: [
        {
          id: "102290129340398",
          changes: [
            {
              field: "messages",
              value: {
                messaging_product: "whatsapp",
                metadata: { display_phone_number: "15550783881", phone_number_id: WA.phoneNumberId },
                statuses: items.map((s) => ({ recipient_id: "16505551234", timestamp: "1749416500", ...s })),
              },
            },
          ],
        },
      ],
    }),
  );
}

/** POSTs raw bytes to the webhook, signed with the app secret unless a signature (or none) is given. */
export function postWebhook(app: HttpServer, raw: Buffer, signature: string | null = signWebhook(WA.appSecret, raw)) {
  return app.inject({
    method: "POST",
    url: "/webhooks/whatsapp",
    headers: { "content-type": "application/json", ...(signature ? { "x-hub-signature-256": signature } : {}) },
    payload: raw,
  });
}

/** Runs the WhatsApp jobs that are due (inbound events, media retries, outbound messages), as the worker would. */
export function runWhatsappJobs(deps: Deps) {
  return runDueJobs(
    deps.db,
    { ...whatsappInboundJobHandlers(deps), ...outboundWhatsappJobHandlers(deps) },
    { now: () => deps.clock.now(), log: pino({ level: "silent" }), backoffMs: () => 0 },
  );
}
