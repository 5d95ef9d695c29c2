// The web chat widget's build: web/chat/chat.ts bundled by esbuild into dist/chat/chat.js (one minified script, no
// framework; served at GET /chat.js), with chat.js.gz beside it. Used by bin/build.js and by the tests that load it.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** Bundles the widget into dist/chat and answers its size gzipped (bytes). */
export async function buildChatWidget(root) {
  const { build } = await import("esbuild");
  const outdir = path.join(root, "dist", "chat");
  mkdirSync(outdir, { recursive: true });
  const outfile = path.join(outdir, "chat.js");
  await build({
    entryPoints: [path.join(root, "web", "chat", "chat.ts")],
    outfile,
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020"],
    platform: "browser",
    legalComments: "none",
    logLevel: "warning",
  });
  const gz = gzipSync(readFileSync(outfile), { level: 9 });
  writeFileSync(`${outfile}.gz`, gz);
  return gz.length;
}
