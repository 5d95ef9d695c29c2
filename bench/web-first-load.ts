import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

type ManifestChunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;

/** What a page of the web app downloads before it shows anything: the entry, its route chunk, their imports, the locale files. */
export type FirstLoad = { page: string; files: string[]; jsBytes: number; jsGzipBytes: number; cssGzipBytes: number };

/** The pages measured, each with the manifest keys of the chunks it loads at first (English). */
export const PAGES: Record<string, string[]> = {
  "console queue (/console)": [
    "index.html",
    "src/console/QueuePage.tsx",
    "src/locales/en/common.json",
    "src/locales/en/console.json",
  ],
  "console ticket (/console/tickets/:n)": [
    "index.html",
    "src/console/TicketPage.tsx",
    "src/locales/en/common.json",
    "src/locales/en/console.json",
  ],
  "portal new request (/portal/new)": [
    "index.html",
    "src/portal/NewRequestPage.tsx",
    "src/locales/en/common.json",
    "src/locales/en/portal.json",
  ],
  "public SLA (/sla)": [
    "index.html",
    "src/public/SlaPage.tsx",
    "src/locales/en/common.json",
    "src/locales/en/public.json",
  ],
  "admin (/admin)": [
    "index.html",
    "src/admin/AdminArea.tsx",
    "src/locales/en/common.json",
    "src/locales/en/admin.json",
  ],
};

/** Sums the gzipped size (level 9, as web-build.ts serves it) of every chunk a page loads first, following static imports. */
export function measureFirstLoad(buildDir: string, page: string, roots: string[]): FirstLoad {
  const manifestPath = path.join(buildDir, ".vite", "manifest.json");
  if (!existsSync(manifestPath)) throw new Error(`no build at ${buildDir}: run npm run build`);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    if (js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const root of roots) visit(root);
  const gz = (file: string) => gzipSync(readFileSync(path.join(buildDir, file)), { level: 9 }).length;
  const files = [...js];
  return {
    page,
    files,
    jsBytes: files.reduce((sum, f) => sum + readFileSync(path.join(buildDir, f)).length, 0),
    jsGzipBytes: files.reduce((sum, f) => sum + gz(f), 0),
    cssGzipBytes: [...css].reduce((sum, f) => sum + gz(f), 0),
  };
}
