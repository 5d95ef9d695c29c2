// The console's queue with 10,000 open tickets in a real browser: how soon the first rows show, and how smooth
// scrolling through all of them is (frame times while the list pages in from the server and virtualises).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { loadConfig, testEnvironment } from "../src/config/config.ts";
import { openRuntime } from "../src/runtime.ts";
import { seedDemoIfEmpty } from "../src/seed/demo.ts";
import { ensureSlaDefaults } from "../src/sla/policy/ensure-sla-defaults.ts";
import { ensureWebBuild } from "../src/platform/http/web-build.ts";
import { findChromium, launchChromium } from "../test/support/chromium.ts";
import { deferCleanup } from "./cleanup.ts";
import { startServer } from "./http-tickets.bench.ts";

/** `met` is set on the rows that have an aim: whether this run met it. */
export type QueueRow = { name: string; value: string; aim: string; met?: boolean };

/** Seeds the demo workspace plus `count` open tickets (straight into the projection: the list reads nothing else). */
async function seedTickets(dataDir: string, count: number): Promise<void> {
  const config = await loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "warn" });
  const runtime = await openRuntime(config);
  try {
    await ensureSlaDefaults(runtime.deps);
    await seedDemoIfEmpty(runtime.deps);
    await runtime.deps.db.execute(sql`
      INSERT INTO tickets (subject, description, type, impact, urgency, priority, status, requester_id, organization_id, group_id, channel, version, created_at, updated_at)
      SELECT 'Synthetic ticket ' || g, 'Bench data', 'incident', 'person', 'medium',
             (ARRAY['critical','high','medium','low'])[1 + g % 4], (ARRAY['new','open','pending'])[1 + g % 3],
             p.id, p.organization_id, a.group_id, 'portal', 1, now() - g * interval '1 minute', now() - g * interval '1 minute'
      FROM generate_series(1, ${count}) AS g,
           (SELECT id, organization_id FROM people WHERE role = 'requester' ORDER BY email LIMIT 1) AS p,
           -- In the demo agent's group, so the agent sees all of them.
           (SELECT m.group_id FROM group_members m JOIN people x ON x.id = m.person_id WHERE x.email = 'agent@frontline.example' LIMIT 1) AS a`);
  } finally {
    await runtime.close();
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** Opens /console/views/open as the demo agent and scrolls to the last of `count` tickets. */
export async function benchWebQueue(options: {
  count: number;
  log(line: string): void;
}): Promise<{ rows: QueueRow[] }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "frontline-bench-web-"));
  const removeDir = deferCleanup(async () => rmSync(dataDir, { recursive: true, force: true }));
  await ensureWebBuild(options.log);
  options.log(`[web] seeding ${options.count.toLocaleString("en-US")} open tickets`);
  await seedTickets(dataDir, options.count);
  const server = await startServer({ ...testEnvironment().childEnv, DATA_DIR: dataDir, LOG_LEVEL: "warn" }, []);
  const chromium = await findChromium();
  options.log(`  browser: ${chromium.label}`);
  const browser = await launchChromium(chromium);
  const closeBrowser = deferCleanup(() => browser.close());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel("Email").fill("agent@frontline.example");
    await page.getByLabel("Password").fill("frontline-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/console/);
    const started = Date.now();
    await page.goto(`${server.url}/console/views/open`);
    await page.locator('[role="table"] [role="rowgroup"] + [role="rowgroup"] [role="row"]').first().waitFor();
    const firstRowsMs = Date.now() - started;
    options.log(`[web] first rows after ${firstRowsMs} ms; scrolling…`);

    // Scroll one screen per frame until the bottom stays the bottom; record every frame's duration.
    // A string, so this Node-side file needs no DOM types; it runs in the page.
    const result = (await page.evaluate(`(async () => {
      const frames = [];
      let last = performance.now();
      let still = 0;
      const until = last + 120000;
      while (performance.now() < until && still < 120) {
        const before = window.scrollY;
        window.scrollBy(0, window.innerHeight);
        await new Promise(requestAnimationFrame);
        const now = performance.now();
        frames.push(now - last);
        last = now;
        still = window.scrollY === before ? still + 1 : 0;
      }
      const rows = document.querySelectorAll('[role="table"] [role="row"]').length;
      const numbers = [...document.querySelectorAll('[role="table"] [role="row"] a')].map((a) => a.textContent ?? "");
      return { frames, rows, lastLink: numbers.at(-1) ?? "", scrolledPx: window.scrollY };
    })()`)) as { frames: number[]; rows: number; lastLink: string; scrolledPx: number };
    const sorted = [...result.frames].sort((a, b) => a - b);
    const long = result.frames.filter((f) => f > 50).length;
    const loadedAll = /#10001\b/.test(result.lastLink) || result.scrolledPx > options.count * 30;
    return {
      rows: [
        { name: "tickets in the queue", value: options.count.toLocaleString("en-US"), aim: "" },
        {
          name: "first rows on screen after navigation",
          value: `${firstRowsMs} ms`,
          aim: "< 1,000 ms",
          met: firstRowsMs < 1000,
        },
        { name: "frames while scrolling to the end", value: result.frames.length.toLocaleString("en-US"), aim: "" },
        {
          name: "frame time p50 / p95 / max",
          value: `${quantile(sorted, 0.5).toFixed(1)} / ${quantile(sorted, 0.95).toFixed(1)} / ${(sorted.at(-1) ?? 0).toFixed(1)} ms`,
          aim: "p95 ≤ 50 ms",
          met: quantile(sorted, 0.95) <= 50,
        },
        {
          name: "frames over 50 ms (incl. page fetches)",
          value: `${long} (${((100 * long) / Math.max(1, result.frames.length)).toFixed(1)} %)`,
          aim: "",
        },
        {
          name: "reached the last ticket",
          value: loadedAll ? "yes" : `no (last row ${result.lastLink})`,
          aim: "yes",
          met: loadedAll,
        },
        {
          name: "rows in the DOM at the end (virtualised)",
          value: String(result.rows),
          aim: "< 100",
          met: result.rows < 100,
        },
      ],
    };
  } finally {
    await closeBrowser();
    await server.stop();
    await removeDir();
  }
}
