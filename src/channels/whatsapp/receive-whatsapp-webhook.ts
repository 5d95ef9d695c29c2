import type { Deps } from "../../context.ts";
import { enqueue } from "../../platform/jobs/jobs.store.ts";
import { verifyWebhookSignature } from "./signature.ts";
import { readWebhook } from "./webhook-payload.ts";
import { whatsappError } from "./whatsapp.errors.ts";
import { WHATSAPP_INBOUND_JOB } from "./whatsapp-inbound.job.ts";
import { activeWhatsappNumbers } from "./whatsapp-numbers.ts";
import { insertEvents } from "./whatsapp.store.ts";

export type WebhookReceipt = { stored: number; replayed: number; ignored: number };

/**
 * A POST to /webhooks/whatsapp: the signature checked over the raw bytes against the configured app secrets before
 * anything is read (401, logged, nothing processed when it fails), then every message and status stored as received —
 * a replay is stored once — with one outbox job for the worker, in one transaction, so the answer to Meta waits only for
 * that commit. Events for a number whose own secret did not sign the body are dropped; unknown fields are logged.
 */
export async function receiveWhatsappWebhook(
  deps: Deps,
  raw: Buffer,
  signature: string | undefined,
): Promise<WebhookReceipt> {
  const numbers = await activeWhatsappNumbers(deps);
  if (
    !verifyWebhookSignature(
      numbers.map((n) => n.appSecret),
      raw,
      signature,
    )
  ) {
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
  const signedBy = new Set(
    numbers.filter((n) => verifyWebhookSignature([n.appSecret], raw, signature)).map((n) => n.phoneNumberId),
  );
  const ours = items.filter((item) => signedBy.has(item.phoneNumberId));
  if (ours.length < items.length)
    deps.log.warn(
      { dropped: items.length - ours.length },
      "whatsapp events for a number this secret does not sign; dropped",
    );
  const now = deps.clock.now();
  const ids = await deps.db.transaction(async (tx) => {
    const stored = await insertEvents(
      tx,
      ours.map((item) => ({ ...item, receivedAt: now })),
    );
    if (stored.length > 0)
      await enqueue(tx, {
        kind: WHATSAPP_INBOUND_JOB,
        payload: { eventIds: stored },
        idempotencyKey: `whatsapp.inbound:${stored[0]}`,
        runAt: now,
      });
    return stored;
  });
  return {
    stored: ids.length,
    replayed: ours.length - ids.length,
    ignored: items.length - ours.length + unknown.length,
  };
}
