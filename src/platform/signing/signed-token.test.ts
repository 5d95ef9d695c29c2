import { describe, expect, it } from "vitest";
import { signToken, verifyToken } from "./signed-token.ts";

describe("signed tokens", () => {
  const now = new Date("2026-03-02T09:00:00Z");
  const later = new Date("2026-03-05T09:00:00Z");

  it("gives back what was signed until it expires", () => {
    const token = signToken("key-1", { consultation: "c1", person: "p1" }, later);
    expect(verifyToken("key-1", token, now)).toEqual({ ok: true, payload: { consultation: "c1", person: "p1" } });
    expect(verifyToken("key-1", token, later)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses another key, an altered payload, and anything malformed", () => {
    const token = signToken("key-1", { person: "p1" }, later);
    expect(verifyToken("key-2", token, now).ok).toBe(false);
    const [, signature] = token.split(".");
    const forged = `${Buffer.from(JSON.stringify({ person: "p2", exp: 2e9 })).toString("base64url")}.${signature}`;
    expect(verifyToken("key-1", forged, now)).toEqual({ ok: false, reason: "invalid" });
    for (const bad of ["", "abc", "a.b.c", `${token}x`, "..", "e30.e30"])
      expect(verifyToken("key-1", bad, now), bad).toEqual({ ok: false, reason: "invalid" });
  });
});
