// The server's build: src/ bundled by esbuild into dist/server (main.js and the chunks of the commands it loads
// lazily), npm packages left as imports. Used by bin/build.js (`npm run build`, `prepare`), bin/frontline.js (is
// the build current?) and the test global setup (rebuild when src/ changed, so the e2e tests run what ships).
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const STAMP = ".built-from";

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (!entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Why dist/server cannot be run as it is ("missing", "older than src/"), or null when it is current. */
export function serverBuildProblem(root) {
  const stamp = path.join(root, "dist", "server", STAMP);
  if (!existsSync(stamp) || !existsSync(path.join(root, "dist", "server", "main.js"))) return "dist/server is missing";
  const src = path.join(root, "src");
  if (existsSync(src) && newestSource(src) > statSync(stamp).mtimeMs) return "dist/server is older than src/";
  return null;
}

/** Bundles src/cli/main.ts into dist/server (esbuild, a devDependency: a build needs the dev install). */
export async function buildServer(root) {
  const { build } = await import("esbuild");
  const outdir = path.join(root, "dist", "server");
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { main: path.join(root, "src", "cli", "main.ts") },
    outdir,
    bundle: true,
    // Commands import their bodies on demand (src/cli/main.ts); chunks keep `frontline --help` from loading them.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // node_modules stay node_modules: PGlite, argon2 and swagger-ui read files beside their own modules.
    packages: "external",
    // For stack traces in source terms: NODE_OPTIONS=--enable-source-maps.
    sourcemap: "linked",
    logLevel: "warning",
  });
  // `frontline mail ingest` runs once per message (a mail server's pipe): most of its time was Node loading ~480
  // module files of its packages. This copy bundles them too, so that path reads a few files (bin/frontline.js picks
  // it for `mail ingest`); what reads files beside its own module, or is native, stays a package import.
  await build({
    entryPoints: { main: path.join(root, "src", "cli", "main.ts") },
    outdir: path.join(outdir, MAIL_INGEST_DIR),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: BUNDLE_EXTERNAL,
    // CommonJS packages bundled into ESM call require() for Node's built-ins.
    banner: {
      js: 'import { createRequire as __frontlineRequire } from "node:module"; const require = __frontlineRequire(import.meta.url);',
    },
    logLevel: "warning",
  });
  writeFileSync(path.join(outdir, STAMP), new Date().toISOString());
}

/** Where in dist/server the copy for `frontline mail ingest` is built (packages bundled). */
export const MAIL_INGEST_DIR = "mail-ingest";

// Left as imports in that copy: PGlite reads its WebAssembly beside its module, argon2 is native (and pg-native, an
// optional native driver, is absent); dotenv is imported dynamically as CommonJS; the rest are never on its path.
const BUNDLE_EXTERNAL = [
  "@electric-sql/pglite",
  "@electric-sql/pglite/*",
  "argon2",
  "pg-native",
  "dotenv",
  "@fastify/swagger-ui",
  "@fastify/static",
  "pdfkit",
  "exceljs",
  "vite",
  "esbuild",
];
