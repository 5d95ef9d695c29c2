import { createHmac, timingSafeEqual } from "node:crypto";

// Links mailed to people (confirm a request, …) carry what they grant and until when, signed with a key only the
// server holds: HMAC-SHA256 over the payload, compared in constant time. Nothing is stored per link.

export type TokenCheck<T> = { ok: true; payload: T } | { ok: false; reason: "invalid" | "expired" };

const b64 = (data: Buffer | string) => Buffer.from(data).toString("base64url");

function mac(key: string, body: string): Buffer {
  return createHmac("sha256", key).update(body).digest();
}

/** A URL-safe token carrying `payload` until `expiresAt` (whole seconds). */
export function signToken(key: string, payload: Record<string, string>, expiresAt: Date): string {
  const body = b64(JSON.stringify({ ...payload, exp: Math.floor(expiresAt.getTime() / 1000) }));
  return `${body}.${b64(mac(key, body))}`;
}

/** The payload of a token this key signed, unless it was altered, is malformed or expired at `now`. */
export function verifyToken<T extends Record<string, string>>(key: string, token: string, now: Date): TokenCheck<T> {
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return { ok: false, reason: "invalid" };
  const given = Buffer.from(signature, "base64url");
  const expected = mac(key, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "invalid" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (typeof parsed !== "object" || parsed === null) return { ok: false, reason: "invalid" };
  const { exp, ...payload } = parsed as { exp?: unknown } & Record<string, unknown>;
  if (typeof exp !== "number" || Object.values(payload).some((v) => typeof v !== "string"))
    return { ok: false, reason: "invalid" };
  if (exp * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, payload: payload as T };
}
