import { statSync, utimesSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureWebBuild, WEB_SOURCE, webBuildIsStale } from "./web-build.ts";

const unitTest = path.join(WEB_SOURCE, "src", "app", "api.test.ts");
const original = statSync(unitTest);

afterEach(() => utimesSync(unitTest, original.atime, original.mtime));

describe("the web build stays fresh", () => {
  it("a unit test written beside the web app's code after the build does not make the build stale (it is never bundled)", async () => {
    await ensureWebBuild();
    expect(webBuildIsStale()).toBe(false);
    const later = new Date(Date.now() + 60_000);
    utimesSync(unitTest, later, later);
    expect(webBuildIsStale()).toBe(false);
  }, 180_000); // the run's global setup has built it already; building here again takes a minute on a busy machine
});
