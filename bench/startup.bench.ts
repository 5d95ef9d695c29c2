// Start-up: how long `frontline start` takes from process spawn to GET /readyz answering 200, and the process's
// resident memory then, for the build (dist/server, what bin/frontline.js runs) and for the TypeScript sources
// through tsx (how it ran before the build, and still does in development when dist/server is stale).
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { deferCleanup, deferStop } from "./cleanup.ts";
import { freePort, type Engine } from "./http-tickets.bench.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const MODES = {
  build: { title: "build (`bin/frontline.js` → dist/server)", args: [path.join(ROOT, "bin", "frontline.js")] },
  tsx: {
    title: "sources through tsx (`node --import tsx src/cli/main.ts`)",
    args: ["--import", "tsx", path.join(ROOT, "src", "cli", "main.ts")],
  },
} as const;
export type Mode = keyof typeof MODES;
export type StartupRow = { engine: Engine; mode: Mode; readyMs: number[]; rssMb: number[] };

/** One start: spawn → /readyz 200 (ms) and VmRSS right then (MB); then SIGTERM. */
async function startOnce(mode: Mode, env: NodeJS.ProcessEnv): Promise<{ readyMs: number; rssMb: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...MODES[mode].args, "start"], {
    env: { ...env, PORT: String(port), HOST: "127.0.0.1", SMTP_LISTEN_PORT: "0" },
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const stop = deferStop(child);
  try {
    for (const deadline = Date.now() + 120_000; ;) {
      if (child.exitCode !== null) throw new Error(`frontline start (${mode}) exited before it was ready:\n${stderr}`);
      if (Date.now() > deadline) throw new Error(`frontline start (${mode}) was not ready within 120 s:\n${stderr}`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const readyMs = performance.now() - started;
    const status = await readFile(`/proc/${child.pid}/status`, "utf8");
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
    return { readyMs, rssMb: rssKb / 1024 };
  } finally {
    await stop();
  }
}

/**
 * For each engine: a first start migrates and seeds the demo (not measured), then `runs` starts of each mode on
 * that workspace, alternating modes so both see the same load on the machine.
 */
export async function benchStartup(options: {
  engines: Engine[];
  postgresUrl: string | undefined;
  runs: number;
  log(line: string): void;
}): Promise<{ rows: StartupRow[] }> {
  const rows: StartupRow[] = [];
  for (const engine of options.engines) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), `frontline-bench-startup-${engine}-`));
    const removeDir = deferCleanup(() => rm(dataDir, { recursive: true, force: true }));
    let databaseUrl = "";
    let dropDatabase: (() => Promise<void>) | undefined;
    try {
      if (engine === "postgres") {
        if (!options.postgresUrl) continue;
        const name = `frontline_bench_startup_${process.pid}_${Date.now()}`;
        await admin(options.postgresUrl, `create database "${name}"`);
        dropDatabase = deferCleanup(() =>
          admin(options.postgresUrl!, `drop database if exists "${name}" with (force)`),
        );
        const url = new URL(options.postgresUrl);
        url.pathname = `/${name}`;
        databaseUrl = url.toString();
      }
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl,
        SEED_DEMO: "true",
        LOG_LEVEL: "warn",
      };
      options.log(`[startup] ${engine}: first start (migrations, demo seed)`);
      await startOnce("build", env);
      const byMode: Record<Mode, StartupRow> = {
        build: { engine, mode: "build", readyMs: [], rssMb: [] },
        tsx: { engine, mode: "tsx", readyMs: [], rssMb: [] },
      };
      for (let run = 0; run < options.runs; run += 1) {
        for (const mode of ["tsx", "build"] as const) {
          const { readyMs, rssMb } = await startOnce(mode, env);
          byMode[mode].readyMs.push(readyMs);
          byMode[mode].rssMb.push(rssMb);
          options.log(
            `  ${engine.padEnd(8)} ${mode.padEnd(5)} ready in ${Math.round(readyMs)} ms, RSS ${Math.round(rssMb)} MB`,
          );
        }
      }
      rows.push(byMode.tsx, byMode.build);
    } finally {
      await dropDatabase?.();
      await removeDir();
    }
  }
  return { rows };
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end().catch(() => undefined);
  }
}
