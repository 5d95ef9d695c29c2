#!/usr/bin/env node
// Runs the build in dist/server (`npm run build`, made at install). Without a current one (a clone whose src/
// changed since, or that was never built) it runs the TypeScript sources through tsx, a devDependency, and says so.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { existsSync } from "node:fs";
import { MAIL_INGEST_DIR, serverBuildProblem } from "./server-build.js";

const root = path.resolve(import.meta.dirname, "..");
const built = pathToFileURL(path.join(root, "dist", "server", "main.js")).href;
const problem = serverBuildProblem(root);

if (problem === null) {
  // A mail server's pipe runs `mail ingest` once per message: the copy with its packages bundled starts faster.
  const [command, sub] = process.argv.slice(2);
  const mailIngest = path.join(root, "dist", "server", MAIL_INGEST_DIR, "main.js");
  await import(
    command === "mail" && sub === "ingest" && existsSync(mailIngest) ? pathToFileURL(mailIngest).href : built
  );
} else {
  let tsx;
  try {
    tsx = await import("tsx/esm/api");
  } catch {
    tsx = undefined;
  }
  if (tsx) {
    process.stderr.write(
      `frontline: ${problem}; running the TypeScript sources through tsx (slower to start). \`npm run build\` rebuilds it.\n`,
    );
    tsx.register();
    await import(pathToFileURL(path.join(root, "src", "cli", "main.ts")).href);
  } else if (problem === "dist/server is missing") {
    process.stderr.write(
      "frontline: dist/server is missing and tsx is not installed: run `npm install` then `npm run build` (a production install needs dist/ built first).\n",
    );
    process.exit(1);
  } else {
    process.stderr.write(`frontline: warning: ${problem}; \`npm run build\` rebuilds it.\n`);
    await import(built);
  }
}
