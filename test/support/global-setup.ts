import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { testEnvironment } from "../../src/config/config.ts";
import { ensureWebBuild } from "../../src/platform/http/web-build.ts";
import { buildServer, serverBuildProblem } from "../../bin/server-build.js";
import { buildChatWidget } from "../../bin/chat-build.js";
import { findChromium, type ChromiumChoice } from "./chromium.ts";
import { migratedPgliteImage } from "./pglite-image.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

declare module "vitest" {
  export interface ProvidedContext {
    runId: string;
    /** Why the web app could not be built before the run (the browser tests report it; nothing else needs the build). */
    webBuildError: string | null;
    /** The Chromium the browser tests drive, or why there is none (they fail with it). */
    chromium: ChromiumChoice | { error: string };
    /** A migrated PGlite's data directory (a tarball) each worker opens its database from; null: boot and migrate. */
    pgliteImage: string | null;
  }
}

/** Gives this run a unique id, so its PostgreSQL databases never collide with another run's, and drops them at the end. */
export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  project.provide("runId", runId);
  // Built once here (only when web/ changed since the last build), so the browser tests' servers never build
  // it in parallel. A broken build fails only those tests, with this message, not every other suite.
  // The e2e and browser tests spawn `frontline` as users run it: the build in dist/server, rebuilt here when src/
  // changed since (about a second). Should it fail, bin/frontline.js says so and runs the sources through tsx.
  if (serverBuildProblem(ROOT))
    await buildServer(ROOT).catch((error: unknown) => console.error(`Building dist/server failed: ${String(error)}`));
  // The chat widget the servers serve at /chat.js (a fraction of a second with esbuild).
  await buildChatWidget(ROOT).catch((error: unknown) => console.error(`Building chat.js failed: ${String(error)}`));
  try {
    await ensureWebBuild();
    project.provide("webBuildError", null);
  } catch (error) {
    project.provide("webBuildError", error instanceof Error ? error.message : String(error));
  }
  // Made once per set of migrations; should that fail, each worker boots a blank PGlite and migrates it as before.
  try {
    project.provide("pgliteImage", await migratedPgliteImage());
  } catch (error) {
    console.error(`No migrated PGlite image, each worker migrates its own: ${String(error)}`);
    project.provide("pgliteImage", null);
  }
  // Picked (and, for the npm one, unpacked) once here, and said once, when the run has browser tests.
  const files = project.vitest.state.getPaths();
  if (files.length === 0 || files.some((file) => file.includes("/test/browser/"))) {
    try {
      const chromium = await findChromium();
      console.log(`Browser tests use ${chromium.label}.`);
      project.provide("chromium", chromium);
    } catch (error) {
      project.provide("chromium", { error: error instanceof Error ? error.message : String(error) });
    }
  } else {
    project.provide("chromium", { error: "this run has no browser tests" });
  }
  return async () => {
    const url = testEnvironment().testDatabaseUrl;
    if (!url) return;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
        `ft_${runId}_%`,
      ]);
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  };
}
