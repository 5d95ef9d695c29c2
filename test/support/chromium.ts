import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync } from "node:zlib";
import { chromium as playwright, type Browser } from "playwright-core";
import { testEnvironment, withTmpDir } from "../../src/config/config.ts";

// Which Chromium the browser tests (and the web benchmark) drive: CHROMIUM_PATH, else the machine's
// /usr/bin/chromium, else the headless Chromium that the @sparticuz/chromium devDependency ships inside its npm
// package, so `npm install && npm test` needs nothing but Node. FRONTLINE_TEST_BROWSER=npm skips the first two,
// to exercise that last path on a machine that has a Chromium.

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const PACKAGE = path.join(ROOT, "node_modules", "@sparticuz", "chromium");
/** Noto Naskh Arabic as TrueType (the only fonts @sparticuz/chromium ships are Open Sans: Latin, Greek, Cyrillic). */
const ARABIC_FONTS = path.join(ROOT, "node_modules", "@expo-google-fonts", "noto-naskh-arabic");
const CACHE = path.join(ROOT, "node_modules", ".cache", "frontline-chromium");

/** A Chromium to launch; plain data, so the global setup can hand it to the test workers. */
export type ChromiumChoice = { executablePath: string; env: Record<string, string> | null; label: string };

/** Picks the browser (unpacking the npm one on first use, about 2–10 s); fails with how to fix a bad setting. */
export async function findChromium(): Promise<ChromiumChoice> {
  const { chromiumPath, testBrowser } = testEnvironment();
  if (testBrowser !== "auto" && testBrowser !== "npm")
    throw new Error(
      `FRONTLINE_TEST_BROWSER=${testBrowser}: use npm (the Chromium from @sparticuz/chromium) or leave it unset`,
    );
  if (testBrowser === "auto" && chromiumPath) {
    if (!existsSync(chromiumPath))
      throw new Error(`CHROMIUM_PATH=${chromiumPath}: no such file; point it at a Chromium binary or unset it`);
    return { executablePath: chromiumPath, env: null, label: `${chromiumPath} (CHROMIUM_PATH)` };
  }
  if (testBrowser === "auto" && existsSync(SYSTEM_CHROMIUM))
    return { executablePath: SYSTEM_CHROMIUM, env: null, label: `${SYSTEM_CHROMIUM} (installed on this machine)` };
  const why = testBrowser === "npm" ? "FRONTLINE_TEST_BROWSER=npm" : `no CHROMIUM_PATH and no ${SYSTEM_CHROMIUM}`;
  return npmChromium(why);
}

export function launchChromium(choice: ChromiumChoice): Promise<Browser> {
  return playwright.launch({
    executablePath: choice.executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    ...(choice.env ? { env: choice.env } : {}),
  });
}

async function npmChromium(why: string): Promise<ChromiumChoice> {
  if (!existsSync(PACKAGE))
    throw new Error(
      `No Chromium for the browser tests (${why}) and the @sparticuz/chromium devDependency is not installed: run \`npm install\`.`,
    );
  const version = (JSON.parse(readFileSync(path.join(PACKAGE, "package.json"), "utf8")) as { version: string }).version;
  const dir = path.join(CACHE, version);
  if (!existsSync(path.join(dir, "chromium"))) await unpack(dir);
  const libraries = path.join(dir, "al2023", "lib");
  const inherited = testEnvironment().childEnv;
  return {
    executablePath: path.join(dir, "chromium"),
    env: {
      ...inherited,
      FONTCONFIG_FILE: path.join(dir, "fonts.conf"),
      LD_LIBRARY_PATH: [libraries, inherited.LD_LIBRARY_PATH].filter(Boolean).join(":"),
    },
    label: `Chromium from @sparticuz/chromium ${version} (${why}), unpacked in ${path.relative(ROOT, dir)}`,
  };
}

/**
 * Unpacks into a scratch folder renamed into place at the end, so an interrupted run never leaves half a browser
 * behind for the next one to launch.
 */
async function unpack(dir: string): Promise<void> {
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const { default: sparticuz } = await import("@sparticuz/chromium");
  // Chromium, its Open Sans fonts and SwiftShader, into os.tmpdir().
  await withTmpDir(partial, () => sparticuz.executablePath());
  // NSS, NSPR and expat, which the binary links against and a bare Debian lacks (the package ships them for Amazon
  // Linux; the package itself unpacks them only there).
  mkdirSync(path.join(partial, "al2023"));
  execFileSync("tar", ["-x", "-C", path.join(partial, "al2023")], {
    input: brotliDecompressSync(readFileSync(path.join(PACKAGE, "bin", "al2023.tar.br"))),
  });
  // The machine's fonts when it has any, plus Open Sans and Noto Naskh Arabic: Urdu renders on a machine with no fonts.
  writeFileSync(
    path.join(partial, "fonts.conf"),
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      "<fontconfig>",
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      `  <dir>${path.join(dir, "fonts")}</dir>`,
      `  <dir>${ARABIC_FONTS}</dir>`,
      `  <cachedir>${path.join(dir, "fontconfig-cache")}</cachedir>`,
      "</fontconfig>",
      "",
    ].join("\n"),
  );
  try {
    renameSync(partial, dir);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    // Another run unpacked the same version meanwhile; theirs is as good as ours.
    if (!existsSync(path.join(dir, "chromium"))) throw error;
  }
}
