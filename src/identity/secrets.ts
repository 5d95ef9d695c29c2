import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import argon2 from "argon2";

/** A URL-safe random secret with 256 bits of entropy. */
export function randomSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** Tokens are high-entropy, so a plain SHA-256 is the right lookup key (argon2 is for passwords). */
export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Compares two secrets without leaking where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Hashes a password with argon2id (OWASP parameters: 19 MiB, t=2, p=1). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

// Verified against when the email is unknown, so a miss costs the same time as a wrong password.
let decoyHash: Promise<string> | undefined;

/** Checks a password against its argon2id hash (or a decoy when there is none). */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  decoyHash ??= hashPassword(randomSecret());
  const target = hash ?? (await decoyHash);
  const ok = await argon2.verify(target, password).catch(() => false);
  return ok && hash !== null;
}
