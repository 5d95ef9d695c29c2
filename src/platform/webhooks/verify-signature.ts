import { createHmac, timingSafeEqual } from "node:crypto";
import { webhookSignature } from "./post-webhook.ts";

// Equal-length buffers compared in constant time; a length mismatch says nothing about the secret.
function sameBytes(a: string, b: string): boolean {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Whether `header` is the signature our own outgoing webhooks would put on this exact body
 * (`sha256=<hex HMAC-SHA256>`, webhookSignature), compared in constant time. Missing or malformed: false.
 */
export function verifyWebhookSignature(secret: string, body: string, header: string | undefined): boolean {
  if (!header) return false;
  return sameBytes(webhookSignature(secret, body), header.trim().toLowerCase());
}

/**
 * The signature a Twilio-style provider sends as X-Twilio-Signature: base64 HMAC-SHA1, under the auth token, of the
 * full URL it posted to followed by every form parameter's name and value, sorted by name.
 */
export function twilioSignature(authToken: string, url: string, params: Readonly<Record<string, string>>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((text, key) => text + key + params[key], url);
  return createHmac("sha1", authToken).update(data, "utf8").digest("base64");
}

/** Checks X-Twilio-Signature in constant time; missing: false. */
export function verifyTwilioSignature(
  authToken: string,
  url: string,
  params: Readonly<Record<string, string>>,
  header: string | undefined,
): boolean {
  if (!header) return false;
  return sameBytes(twilioSignature(authToken, url, params), header.trim());
}
