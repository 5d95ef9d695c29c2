import { describe, expect, it } from "vitest";
import { hashPassword, randomSecret, sameSecret, sha256, verifyPassword } from "./secrets.ts";

describe("secrets", () => {
  it("stores a password as argon2id with OWASP's parameters: 19 MiB, two passes, one lane", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await verifyPassword(hash, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(hash, "correct horse battery stapl")).toBe(false);
  });

  it("verifies no password when there is no stored hash", async () => {
    expect(await verifyPassword(null, "")).toBe(false);
    expect(await verifyPassword(null, "correct horse battery staple")).toBe(false);
  });

  it("compares secrets whole: a prefix, a longer string or one character off is not the same, and nothing throws", () => {
    const secret = randomSecret();
    expect(sameSecret(secret, secret)).toBe(true);
    expect(sameSecret(secret, String(secret))).toBe(true);
    for (const other of [
      secret.slice(0, -1),
      `${secret}x`,
      "",
      `${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`,
    ]) {
      expect(sameSecret(other, secret)).toBe(false);
    }
  });

  it("draws 256-bit URL-safe secrets, never the same twice, and looks tokens up by their hex SHA-256", () => {
    const a = randomSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomSecret()).not.toBe(a);
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
