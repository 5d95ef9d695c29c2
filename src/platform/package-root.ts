import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The folder holding Frontline's package.json, migrations/ and dist/web, found by walking up from this module: it
 * runs from src/platform (tsx, the tests) and from dist/server (the build, one bundle folder), at different depths.
 */
export const PACKAGE_ROOT = findPackageRoot(import.meta.dirname);

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "migrations"))) return dir;
    if (path.dirname(dir) === dir)
      throw new Error(`Frontline's package folder (package.json beside migrations/) is not above ${from}`);
  }
}

/** Where the browser app is built to (web-build.ts) and served from (web-app.ts). */
export const WEB_BUILD = path.join(PACKAGE_ROOT, "dist", "web");
/** The web chat widget, built by bin/chat-build.js (`npm run build`). */
export const CHAT_WIDGET = path.join(PACKAGE_ROOT, "dist", "chat", "chat.js");
