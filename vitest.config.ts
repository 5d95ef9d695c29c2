import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // web/src tests are the web app's pure logic (no DOM): the same Node run, no browser.
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "web/src/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    pool: "forks",
    // Files in one worker share its PGlite instance and PostgreSQL database (they take seconds to create);
    // each test empties the tables it needs in beforeEach instead.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
