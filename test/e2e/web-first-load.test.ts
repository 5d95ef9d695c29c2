import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { measureFirstLoad, PAGES } from "../../bench/web-first-load.ts";
import { ensureWebBuild, WEB_BUILD } from "../../src/platform/http/web-build.ts";

// A size budget, not a timing: the issue caps the console's first-load JavaScript at 250 KB gzipped.
const BUDGET_BYTES = 250 * 1024;

describe("the web app's first load", () => {
  it("keeps the console's first-load JavaScript within 250 KB gzipped, with admin code split off", async () => {
    await ensureWebBuild();
    const queue = measureFirstLoad(WEB_BUILD, "console", PAGES["console queue (/console)"]!);
    expect(queue.jsGzipBytes).toBeLessThanOrEqual(BUDGET_BYTES);
    const admin = measureFirstLoad(WEB_BUILD, "admin", PAGES["admin (/admin)"]!);
    const adminOnly = admin.files.filter((f) => !queue.files.includes(f));
    expect(adminOnly.length).toBeGreaterThan(0);
    for (const file of adminOnly) expect(queue.files).not.toContain(file);
  });

  it("ships React's production build, even when the test runner (NODE_ENV=test) built it", async () => {
    await ensureWebBuild();
    const entry = measureFirstLoad(WEB_BUILD, "console", ["index.html"]).files[0]!;
    // A marker only React's development build carries.
    expect(readFileSync(path.join(WEB_BUILD, entry), "utf8")).not.toContain("react-stack-top-frame");
  });
});
