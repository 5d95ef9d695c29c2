import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

// The suite Stryker runs against each mutant (stryker.config.json): every unit, data-layer, HTTP and end-to-end
// test, but not the browser tests (a real chromium per test would turn hours into days; they check the web app,
// which is not mutated).
export default defineConfig({
  ...base,
  test: { ...base.test, include: ["src/**/*.test.ts", "test/e2e/**/*.test.ts"] },
});
