import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, type TestContext } from "vitest";
import { testEnvironment } from "../../src/config/config.ts";
import { launchChromium, type ChromiumChoice } from "./chromium.ts";
import { freePort, startServer, type Server } from "./cli.ts";

// Real-browser tests: a real `frontline start` process (the built web app, the demo workspace on embedded PGlite
// unless told otherwise) and a headless Chromium driven by playwright-core. One server and one browser per test
// file (useFrontline), a fresh browser context per test.

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const RESULTS = path.join(ROOT, "test-results");
const SCREENSHOTS = path.join(RESULTS, "screenshots");
const DOCS_SCREENSHOTS = path.join(ROOT, "docs", "screenshots");
const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");

export const PASSWORD = "frontline-demo";
export const AGENT = "agent@frontline.example";
export const ADMIN = "admin@frontline.example";
export const EMPLOYEE = "employee@indus-textiles.example";
export const ORG_MANAGER = "it.manager@indus-textiles.example";

/** Per-test limit for the browser files: a server round trip plus rendering is slow on a busy 2-core machine. */
export const BROWSER_TEST_TIMEOUT = 60_000;
/** How long one Playwright action or wait may take before it fails with what it was waiting for. */
const ACTION_TIMEOUT = 20_000;
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 1,
};

type InPageElement = {
  tagName: string;
  id: string;
  className: unknown;
  parentElement: InPageElement | null;
  offsetParent: InPageElement | null;
  contains(other: InPageElement): boolean;
  closest(selector: string): InPageElement | null;
  getBoundingClientRect(): { left: number; right: number; width: number };
};
/**
 * The browser globals the helpers touch inside pages, typed here because the server's tsconfig has no DOM
 * library: `(globalThis as unknown as InPage).document…` inside page.evaluate callbacks.
 */
type InPage = {
  document: {
    documentElement: InPageElement & {
      dir: string;
      lang: string;
      dataset: Record<string, string | undefined>;
      scrollWidth: number;
      clientWidth: number;
    };
    fonts: { ready: Promise<unknown> };
    querySelector(selector: string): InPageElement | null;
    querySelectorAll(selector: string): Iterable<InPageElement>;
  };
  localStorage: { setItem(key: string, value: string): void };
  scrollTo(x: number, y: number): void;
  getComputedStyle(element: InPageElement): { direction: string; overflowX: string; position: string };
  axe?: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> };
  __sameDocument?: boolean;
};

/** Fails with how to fix it when there is no browser or no web build: the browser tests never skip silently. */
function checkPrerequisites(): ChromiumChoice {
  const chromium = inject("chromium");
  if ("error" in chromium) throw new Error(`No Chromium for the browser tests (test/browser): ${chromium.error}`);
  const buildError = inject("webBuildError");
  if (buildError)
    throw new Error(
      `The web app (web/) did not build, so there is nothing for the browser tests to load:\n${buildError}`,
    );
  return chromium;
}

export type RunningFrontline = { url: string; server: Server; stop(): Promise<void> };

/**
 * Starts the real binary in a scratch directory: embedded PGlite in it unless env has DATABASE_URL, the demo
 * workspace seeded. Resolves once it printed its URL; stop() ends it and removes the directory.
 */
export async function startFrontline(env: Record<string, string> = {}): Promise<RunningFrontline> {
  const dir = mkdtempSync(path.join(tmpdir(), "frontline-browser-"));
  const server = startServer({
    cwd: dir,
    env: {
      DATA_DIR: path.join(dir, "data"),
      HOST: "127.0.0.1",
      PORT: String(await freePort()),
      SEED_DEMO: "true",
      LOG_LEVEL: "warn",
      // Every page load reads the public endpoints from 127.0.0.1; the production limit is not under test here.
      RATE_LIMIT_PER_MINUTE: "10000",
      ...env,
    },
  });
  const stop = async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    return { url: await server.ready, server, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** What a page did wrong while a test ran: uncaught errors, console errors, CSP violations. */
export type PageTrouble = { pageErrors: string[]; consoleErrors: string[]; cspViolations: string[] };

export type Frontline = {
  /** Base URL of the server, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly browser: Browser;
  /** A fresh browser context (closed after the test): English, light theme, 1280×800, this file's server unless told otherwise. */
  context(options?: ContextOptions): Promise<BrowserContext>;
  /** A page in a fresh context. */
  page(options?: ContextOptions): Promise<Page>;
  /** A page in a fresh context already signed in as `email` (cookie from the API; signIn() uses the real form); baseURL picks another server. */
  pageAs(email: string, options?: ContextOptions): Promise<Page>;
  /** An HTTP client signed in as `email`, for setting up data. */
  apiAs(email: string): Promise<ApiClient>;
  /** What a page of the current test did wrong so far. */
  trouble(page: Page): PageTrouble;
};

export type ContextOptions = BrowserContextOptions & {
  /** Stored before any page script runs, as the theme picker would. */
  theme?: "light" | "dark";
  /** Stored UI language, as the language picker would. */
  lang?: "en" | "ur";
};

/**
 * Registers this file's server and browser (beforeAll/afterAll) and per-test context cleanup; on a failed test,
 * screenshots of its open pages go to test-results/failures/ with their errors and what the server printed meanwhile.
 * `env` may be worked out when the server starts (a scratch PostgreSQL database is made asynchronously).
 */
export function useFrontline(env: Record<string, string> | (() => Promise<Record<string, string>>) = {}): Frontline {
  let running: RunningFrontline | undefined;
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  const troubles = new WeakMap<Page, PageTrouble>();

  beforeAll(async () => {
    const chromium = checkPrerequisites();
    const [started, launched] = await Promise.allSettled([
      (typeof env === "function" ? env() : Promise.resolve(env)).then(startFrontline),
      launchChromium(chromium),
    ]);
    if (started.status === "fulfilled") running = started.value;
    if (launched.status === "fulfilled") browser = launched.value;
    if (started.status === "rejected") throw started.reason;
    if (launched.status === "rejected") throw launched.reason;
  }, 180_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await running?.stop();
  }, 60_000);

  // Where the server's output stood when the test began: a failure shows what it printed during the test.
  let outputMark = 0;
  beforeEach(() => {
    outputMark = running?.server.output().length ?? 0;
  });

  afterEach(async (context: TestContext) => {
    const open = contexts;
    contexts = [];
    if (context.task.result?.state === "fail")
      await recordFailure(context.task.name, open, troubles, running?.server.output().slice(outputMark) ?? "");
    await Promise.all(open.map((c) => c.close().catch(() => undefined)));
  }, 60_000);

  const frontline: Frontline = {
    get url() {
      if (!running) throw new Error("the Frontline server is not running (did beforeAll fail?)");
      return running.url;
    },
    get browser() {
      if (!browser) throw new Error("the browser is not running (did beforeAll fail?)");
      return browser;
    },
    async context({ theme, lang, ...options }: ContextOptions = {}) {
      const context = await frontline.browser.newContext({
        baseURL: frontline.url,
        viewport: { width: 1280, height: 800 },
        locale: "en-GB",
        timezoneId: "Asia/Karachi",
        colorScheme: "light",
        ...options,
      });
      contexts.push(context);
      context.setDefaultTimeout(ACTION_TIMEOUT);
      if (theme || lang) {
        await context.addInitScript(
          ([t, l]) => {
            // Also runs in the first about:blank, which has no storage of its own.
            try {
              const { localStorage } = globalThis as unknown as InPage;
              if (t) localStorage.setItem("frontline.theme", t);
              if (l) localStorage.setItem("frontline.lang", l);
            } catch {
              // not an app page
            }
          },
          [theme, lang] as const,
        );
      }
      context.on("page", (page) => watch(page, troubles));
      return context;
    },
    async page(options) {
      return (await frontline.context(options)).newPage();
    },
    async pageAs(email, options = {}) {
      const context = await frontline.context(options);
      const base = options.baseURL ?? frontline.url;
      const session = await login(base, email);
      await context.addCookies([
        { name: session.cookieName, value: session.cookieValue, url: base, httpOnly: true, sameSite: "Lax" },
      ]);
      return context.newPage();
    },
    apiAs: (email) => apiAs(frontline.url, email),
    trouble: (page) => troubles.get(page) ?? { pageErrors: [], consoleErrors: [], cspViolations: [] },
  };
  return frontline;
}

function watch(page: Page, troubles: WeakMap<Page, PageTrouble>): void {
  const trouble: PageTrouble = { pageErrors: [], consoleErrors: [], cspViolations: [] };
  troubles.set(page, trouble);
  page.on("pageerror", (error) => trouble.pageErrors.push(error.stack ?? error.message));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (/Content Security Policy/i.test(text)) trouble.cspViolations.push(text);
    else trouble.consoleErrors.push(text);
  });
}

async function recordFailure(
  testName: string,
  contexts: BrowserContext[],
  troubles: WeakMap<Page, PageTrouble>,
  serverOutput: string,
) {
  const dir = path.join(RESULTS, "failures");
  mkdirSync(dir, { recursive: true });
  const slug = testName
    .replace(/[^a-z0-9]+/gi, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80)
    .toLowerCase();
  const lines: string[] = [];
  let n = 0;
  for (const context of contexts) {
    for (const page of context.pages()) {
      n += 1;
      const file = path.join(dir, `${slug}-${n}.png`);
      await page.screenshot({ path: file, fullPage: true, timeout: 10_000 }).catch(() => undefined);
      const trouble = troubles.get(page);
      lines.push(`page ${n}: ${page.url()} (screenshot: ${path.relative(ROOT, file)})`);
      for (const e of [
        ...(trouble?.pageErrors ?? []),
        ...(trouble?.consoleErrors ?? []),
        ...(trouble?.cspViolations ?? []),
      ])
        lines.push(`  ${e.slice(0, 500)}`);
    }
  }
  lines.push(
    serverOutput.trim()
      ? `server output during the test:\n${serverOutput.slice(-3000)}`
      : "the server printed nothing during the test",
  );
  writeFileSync(path.join(dir, `${slug}.txt`), lines.join("\n"));
  console.error(`[browser test failed: ${testName}]\n${lines.join("\n")}`);
}

type Session = { cookieName: string; cookieValue: string; cookie: string; csrfToken: string; me: Me };
export type Me = { id: string; name: string; role: string; organizationId: string; csrfToken: string | null };

async function login(base: string, email: string): Promise<Session> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`signing in ${email} over the API answered ${response.status}: ${text.slice(0, 500)}`);
  const match = /(frontline_session)=([^;]+)/.exec(response.headers.get("set-cookie") ?? "");
  if (!match) throw new Error(`signing in ${email} set no session cookie`);
  const me = JSON.parse(text) as Me;
  return {
    cookieName: match[1]!,
    cookieValue: match[2]!,
    cookie: `${match[1]}=${match[2]}`,
    csrfToken: me.csrfToken ?? "",
    me,
  };
}

export type ApiAnswer<T> = { status: number; body: T };
export type ApiClient = {
  me: Me;
  /** Any answer, as it came. */
  call<T = Record<string, unknown>>(method: string, url: string, body?: unknown): Promise<ApiAnswer<T>>;
  /** The body of a 2xx answer; anything else fails with the problem the server sent. */
  json<T = Record<string, unknown>>(method: string, url: string, body?: unknown): Promise<T>;
};

/** Signs in over HTTP (cookie + CSRF token from the login answer), for setting up what a test needs. */
export async function apiAs(base: string, email: string): Promise<ApiClient> {
  const session = await login(base, email);
  const call = async <T>(method: string, url: string, body?: unknown): Promise<ApiAnswer<T>> => {
    const headers: Record<string, string> = { cookie: session.cookie, accept: "application/json" };
    if (method !== "GET") headers["x-csrf-token"] = session.csrfToken;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${base}${url}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  };
  return {
    me: session.me,
    call,
    async json<T>(method: string, url: string, body?: unknown) {
      const answer = await call<T>(method, url, body);
      if (answer.status < 200 || answer.status > 299)
        throw new Error(
          `${method} ${url} as ${email} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 800)}`,
        );
      return answer.body;
    },
  };
}

/** Signs in through the real sign-in form and waits until the app has left it. */
export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  if (new URL(page.url()).pathname !== "/sign-in") await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/**
 * test-results/screenshots/<name>.png (a test artifact); for the few pictures the docs show ({ docs: true }),
 * with UPDATE_SCREENSHOTS=1 also docs/screenshots/<name>.png.
 */
export async function screenshot(page: Page, name: string, { docs = false }: { docs?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  // From the top of the page, once its fonts are in.
  await page.evaluate(async () => {
    const { document, scrollTo } = globalThis as unknown as InPage;
    scrollTo(0, 0);
    await document.fonts.ready;
  });
  await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
  if (docs && testEnvironment().updateScreenshots) {
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    copyFileSync(file, path.join(DOCS_SCREENSHOTS, `${name}.png`));
  }
  return file;
}

export type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
};

/** Readable list of axe violations: rule id, impact, help, and the selectors of (up to 6) offending nodes. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 6)
        .map(
          (n) =>
            `    - ${n.target.map(String).join(" ")}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n\s*/g, " ")}` : ""}`,
        );
      const more = v.nodes.length > 6 ? [`    … and ${v.nodes.length - 6} more`] : [];
      return [`  ${v.id} (${v.impact}): ${v.help}  <${v.helpUrl}>`, ...nodes, ...more].join("\n");
    })
    .join("\n");
}

/**
 * Runs axe-core on the page and fails with a readable list if any violation is serious or critical; returns
 * those violations (none, when it returns).
 */
export async function runAxe(page: Page, label = page.url()): Promise<AxeViolation[]> {
  // Evaluated through DevTools rather than page.addScriptTag: the app's CSP (script-src 'self') rightly refuses
  // an injected inline <script>, and the tests keep that CSP on to catch the app breaking it.
  if (!(await page.evaluate(() => (globalThis as unknown as InPage).axe !== undefined)))
    await page.evaluate(readFileSync(AXE, "utf8"));
  const violations = await page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as InPage;
    const result = await axe!.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious,
    `axe found serious or critical accessibility violations on ${label}:\n${describeViolations(serious)}`,
  ).toEqual([]);
  return serious;
}

/** The page scrolls sideways when its content is wider than the viewport (a broken phone layout). */
export async function expectNoHorizontalScroll(page: Page, label = page.url()): Promise<void> {
  const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
    const { document, getComputedStyle } = globalThis as unknown as InPage;
    const root = document.documentElement;
    // The outermost elements sticking out of the viewport, leaving out those a scrolling or clipping box contains
    // (an absolutely positioned one is clipped only by its containing block or that block's ancestors).
    const clipped = (el: InPageElement) => {
      for (let node: InPageElement | null = el; node;) {
        const position: string = getComputedStyle(node).position;
        const next: InPageElement | null =
          position === "fixed" ? null : position === "absolute" ? node.offsetParent : node.parentElement;
        if (next && getComputedStyle(next).overflowX !== "visible") return true;
        node = next;
      }
      return false;
    };
    const selectorOf = (el: InPageElement) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.trim().split(/\s+/).join(".")}` : ""}`;
    const wide = [...document.querySelectorAll("body *")]
      .filter(
        (el) =>
          (el.getBoundingClientRect().right > root.clientWidth + 1 || el.getBoundingClientRect().left < -1) &&
          !clipped(el),
      )
      .filter((el, _, all) => !all.some((other) => other !== el && other.contains(el)))
      .slice(0, 5)
      .map((el) => {
        const within = el.parentElement?.closest("[id], [class]");
        return `${selectorOf(el)} (${Math.round(el.getBoundingClientRect().width)}px wide, its right edge at ${Math.round(el.getBoundingClientRect().right)}px)${within ? ` in ${selectorOf(within)}` : ""}`;
      });
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits: wide };
  });
  expect(
    scrollWidth,
    `${label} scrolls sideways at ${clientWidth}px: content is ${scrollWidth}px wide; widest elements: ${culprits.join(", ")}`,
  ).toBeLessThanOrEqual(clientWidth);
}

const LOADING = ["en", "ur"].map(
  (lang) =>
    (
      JSON.parse(readFileSync(path.join(ROOT, "web", "src", "locales", lang, "common.json"), "utf8")) as {
        loading: string;
      }
    ).loading,
);

const LOADING_TEXT = new RegExp(`^(${LOADING.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`);

/** Waits until the page shows its h1 and nothing says it is still loading. */
export async function settle(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await expect
    .poll(() => page.getByText(LOADING_TEXT).filter({ visible: true }).count(), {
      message: `${page.url()} keeps loading`,
      timeout: ACTION_TIMEOUT,
    })
    .toBe(0);
}

export type DocumentState = { dir: string; lang: string; theme: string | undefined; mainDirection: string | undefined };

/** How the page's <html> is set up (dir, lang, theme) and the direction <main> is laid out in. */
export function documentState(page: Page): Promise<DocumentState> {
  return page.evaluate(() => {
    const { document, getComputedStyle } = globalThis as unknown as InPage;
    const main = document.querySelector("main");
    const root = document.documentElement;
    return {
      dir: root.dir,
      lang: root.lang,
      theme: root.dataset.theme,
      mainDirection: main ? getComputedStyle(main).direction : undefined,
    };
  });
}

/** Marks the current document, so a later sameDocument() tells whether the page was reloaded meanwhile. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => void ((globalThis as unknown as InPage).__sameDocument = true));
}

export function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as unknown as InPage).__sameDocument === true);
}
