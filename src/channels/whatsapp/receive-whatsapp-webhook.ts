import type { Deps } from "../../context.ts";
import { secretsSigning } from "./signature.ts";
import { readWebhook } from "./webhook-payload.ts";
import { whatsappError } from "./whatsapp.errors.ts";
import { WHATSAPP_INBOUND_JOB } from "./whatsapp-inbound.job.ts";
import { activeWhatsappNumbers } from "./whatsapp-numbers.ts";
import { storeEventsWithJob } from "./whatsapp.store.ts";

export type WebhookReceipt = { stored: number; replayed: number; ignored: number };

/**
 * A POST to /webhooks/whatsapp: the signature checked over the raw bytes against the configured app secrets before
 * anything is read (401, logged, nothing processed when it fails), then every message, status and group update stored
 * as received — a replay is stored once — with one outbox job for the worker, in one statement, so the answer to Meta
 * waits only for that commit. Events for a number whose own secret did not sign the body are dropped; unknown fields
 * are logged. The body is hashed once per secret and parsed once.
 */
export async function receiveWhatsappWebhook(
  deps: Deps,
  raw: Buffer,
  signature: string | undefined,
): Promise<WebhookReceipt> {
  const numbers = await activeWhatsappNumbers(deps);
  const signing = secretsSigning(
    numbers.map((n) => n.appSecret),
    raw,
    signature,
  );
  if (signing.size === 0) {
    deps.log.warn({ bytes: raw.length, signed: signature !== undefined }, "whatsapp webhook refused: bad signature");
    throw whatsappError("WHATSAPP_SIGNATURE_INVALID", "header.x-hub-signature-256");
  }
  let body: unknown;
  try {
    body = JSON.parse(raw.toString("utf8"));
  } catch {
    deps.log.warn({ bytes: raw.length }, "whatsapp webhook signed but not JSON; acknowledged, nothing stored");
    return { stored: 0, replayed: 0, ignored: 1 };
  }
  const { items, unknown } = readWebhook(body);
  if (unknown.length > 0) deps.log.info({ unknown }, "whatsapp webhook: parts not understood, ignored");
  const signedBy = new Set(numbers.filter((n) => signing.has(n.appSecret)).map((n) => n.phoneNumberId));
  const ours = items.filter((item) => signedBy.has(item.phoneNumberId));
  if (ours.length < items.length)
    deps.log.warn(
      { dropped: items.length - ours.length },
      "whatsapp events for a number this secret does not sign; dropped",
    );
  const ids = await storeEventsWithJob(deps.db, ours, deps.clock.now(), WHATSAPP_INBOUND_JOB);
  return {
    stored: ids.length,
    replayed: ours.length - ids.length,
    ignored: items.length - ours.length + unknown.length,
  };
}
