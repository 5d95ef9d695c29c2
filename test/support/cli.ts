import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { testEnvironment } from "../../src/config/config.ts";

/** The real `frontline` entry point, run the way users run it. */
export const BIN = fileURLToPath(new URL("../../bin/frontline.js", import.meta.url));

export type CliResult = { code: number | null; stdout: string; stderr: string };

type Options = { cwd: string; env?: Record<string, string>; input?: string; killAfterMs?: number };

function spawnCli(args: string[], options: Options): ChildProcessWithoutNullStreams {
  // cwd is a scratch directory, so no .env of the repository is picked up; the environment carries no
  // Frontline setting but the ones the test gives. The mail role's listener takes a free port unless a test names one,
  // so servers started side by side never fight over 2525.
  const env = { ...testEnvironment().childEnv, LOG_LEVEL: "warn", SMTP_LISTEN_PORT: "0", ...options.env };
  return spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env, timeout: options.killAfterMs ?? 0 });
}

/** Runs `frontline …args` to completion: its exit status and everything it printed. */
export function runCli(args: string[], options: Options): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    // A hung command must not outlive the test that ran it.
    const child = spawnCli(args, { killAfterMs: 100_000, ...options });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.on("error", () => undefined); // a command that never reads stdin may exit before we finish writing
    child.stdin.end(options.input ?? "");
  });
}

/** A TCP port that was free a moment ago (for servers that must be told their port up front). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  if (typeof address !== "object" || !address) throw new Error("no port");
  return address.port;
}

export type Server = {
  /** Resolves to the app URL the process printed once it serves; rejects (with its output) if it exits first. */
  ready: Promise<string>;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then SIGKILL if it lingers; resolves once the process is gone. Safe to call at any time, twice. */
  stop(): Promise<void>;
};

/** Starts `frontline start`; call stop() whatever happens (an afterAll), so no process outlives the test. */
export function startServer(options: Options): Server {
  const child = spawnCli(["start"], options);
  child.stdin.end();
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
      const url = /API docs: (\S+)\/api\/docs/.exec(output)?.[1];
      if (url) resolve(url);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.on("error", reject);
    void exited.then(() =>
      reject(new Error(`frontline start exited (${child.exitCode ?? child.signalCode}) before serving:\n${output}`)),
    );
  });
  ready.catch(() => undefined); // observed by whoever awaits it
  return {
    ready,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
