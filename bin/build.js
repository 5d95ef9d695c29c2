#!/usr/bin/env node
// `npm run build` and npm's `prepare`: bundles the server into dist/server and builds the browser app into dist/web
// (when web/ changed since its last build). Both need the devDependencies (esbuild, Vite, tsx); an install without
// them (`npm ci --omit=dev`) must come with dist/ already built.
import path from "node:path";
import { buildServer, serverBuildProblem } from "./server-build.js";
import { buildChatWidget } from "./chat-build.js";

const root = path.resolve(import.meta.dirname, "..");
let tsx;
try {
  tsx = await import("tsx/esm/api");
} catch {
  const problem = serverBuildProblem(root);
  if (problem !== "dist/server is missing") {
    console.log(
      `frontline build: no devDependencies installed; using the dist/ that came with this copy${problem ? ` (${problem})` : ""}.`,
    );
    process.exit(0);
  }
  console.error(
    "frontline build: the build needs the devDependencies (esbuild, Vite, tsx): run `npm install` (not --omit=dev), then `npm run build`.",
  );
  process.exit(1);
}
await buildServer(root);
console.log("Built the server into dist/server.");
console.log(`Built the chat widget into dist/chat/chat.js (${await buildChatWidget(root)} bytes gzipped).`);
tsx.register();
const { ensureWebBuild } = await import("../src/platform/http/web-build.ts");
await ensureWebBuild((line) => console.log(line));
