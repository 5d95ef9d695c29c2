import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildChatWidget } from "../../../bin/chat-build.js";
import { PACKAGE_ROOT } from "../../platform/package-root.ts";
import { originAllowed } from "./chat.routes.ts";

describe("the chat widget bundle", () => {
  it(
    "is at most 30 KB gzipped, carries no framework, and renders messages as text only",
    { timeout: 60_000 },
    async () => {
      const gzipped = await buildChatWidget(PACKAGE_ROOT);
      expect(gzipped).toBeLessThanOrEqual(30 * 1024);
      const code = readFileSync(path.join(PACKAGE_ROOT, "dist", "chat", "chat.js"), "utf8");
      expect(code).not.toMatch(/react|innerHTML|insertAdjacentHTML/i);
      expect(code).toContain("aria-live");
      // The Urdu strings travel with it, as ASCII escapes, so any page's encoding reads them right.
      expect(code).toContain("\\u0633\\u067E\\u0648\\u0631\\u0679");
    },
  );
});

describe("allowed origins (CHAT_ALLOWED_ORIGINS)", () => {
  it("lets any site in with *, else only the listed ones, a trailing slash aside", () => {
    expect(originAllowed("*", "https://anything.example")).toBe(true);
    expect(originAllowed("https://a.example, https://b.example/", "https://b.example")).toBe(true);
    expect(originAllowed("https://a.example", "https://a.example.evil.example")).toBe(false);
    expect(originAllowed("https://a.example", "http://a.example")).toBe(false);
  });
});
