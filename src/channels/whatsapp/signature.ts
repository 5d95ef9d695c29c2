import { createHmac, timingSafeEqual } from "node:crypto";

/** Meta's webhook signature: `sha256=` and the hex HMAC-SHA256 of the raw body bytes, keyed by the app secret. */
export function signWebhook(appSecret: string, raw: Buffer): string {
  return `sha256=${createHmac("sha256", appSecret).update(raw).digest("hex")}`;
}

/**
 * Whether an X-Hub-Signature-256 header signs these exact bytes with one of the app secrets. Checked over the bytes as
 * received: Meta escapes non-ASCII as \uXXXX, so JSON parsed and serialised again never matches. Constant time per
 * secret (timingSafeEqual over equal-length digests); a header of any other shape is simply wrong.
 */
export function verifyWebhookSignature(secrets: readonly string[], raw: Buffer, header: string | undefined): boolean {
  return secretsSigning(secrets, raw, header).size > 0;
}

/**
 * Which of the secrets sign these bytes (none: the header is wrong), each HMAC computed once — the webhook needs both
 * "signed at all" and "signed for which numbers", and the body is hashed once per secret for the two.
 */
export function secretsSigning(secrets: readonly string[], raw: Buffer, header: string | undefined): Set<string> {
  const signing = new Set<string>();
  if (!header || !/^sha256=[0-9a-f]{64}$/i.test(header)) return signing;
  const given = Buffer.from(header.slice("sha256=".length).toLowerCase(), "hex");
  // Every secret is tried, so the time taken says nothing about which one (or whether any) matched.
  for (const secret of new Set(secrets)) {
    const expected = createHmac("sha256", secret).update(raw).digest();
    if (timingSafeEqual(expected, given)) signing.add(secret);
  }
  return signing;
}
