import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { withProductionNodeEnv } from "../../config/config.ts";
import { PACKAGE_ROOT, WEB_BUILD } from "../package-root.ts";

export { WEB_BUILD };
/** Where the sources of the browser app live (built by Vite at install and by `npm run build`, never at start). */
export const WEB_SOURCE = path.join(PACKAGE_ROOT, "web");
const STAMP = ".built-from";

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // Unit tests beside the web app's code are never bundled: adding one does not make the build stale.
    if (entry.isFile() && entry.name.endsWith(".test.ts")) continue;
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when there is no build, or a source file changed after it was made. */
export function webBuildIsStale(): boolean {
  const stamp = path.join(WEB_BUILD, STAMP);
  if (!existsSync(stamp) || !existsSync(path.join(WEB_BUILD, "index.html"))) return true;
  return newestSourceMtime(WEB_SOURCE) > statSync(stamp).mtimeMs;
}

/**
 * Builds the browser app with Vite when its build is missing or older than its sources, so
 * `npm install && npm start` (and a fresh clone's `npm test`) never need a separate build step.
 */
export async function ensureWebBuild(say: (line: string) => void = () => undefined): Promise<void> {
  if (!existsSync(WEB_SOURCE) || !webBuildIsStale()) return;
  say("Building the web app (once, after install or a change to web/)…");
  const { build } = await import("vite");
  await withProductionNodeEnv(() =>
    build({ configFile: path.join(WEB_SOURCE, "vite.config.ts"), logLevel: "warn", mode: "production" }),
  );
  precompress(path.join(WEB_BUILD, "assets"));
  writeFileSync(path.join(WEB_BUILD, STAMP), new Date().toISOString());
}

/** Writes .gz and .br beside every script and stylesheet once, so serving them costs no CPU per request. */
function precompress(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (!/\.(js|css|svg|json)$/.test(name)) continue;
    const bytes = readFileSync(path.join(dir, name));
    writeFileSync(path.join(dir, `${name}.gz`), gzipSync(bytes, { level: 9 }));
    writeFileSync(
      path.join(dir, `${name}.br`),
      brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
  }
}
