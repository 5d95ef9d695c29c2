// Mail ingestion end to end: `frontline start` (mail role) on a scratch PostgreSQL database takes mail over SMTP from
// 10 concurrent senders (mixed sizes, 20 % replies threaded by References), each message answered 250 only after its
// ticket or reply is committed; then `frontline mail ingest` as a mail server's pipe runs it, one process per message.
import { spawn, execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import nodemailer from "nodemailer";
import pg from "pg";
import { buildServer, serverBuildProblem } from "../bin/server-build.js";
import { deferCleanup, deferStop } from "./cleanup.ts";
import { measureCpu } from "./cpu.ts";
import { freePort } from "./http-tickets.bench.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FRONTLINE = path.join(ROOT, "bin", "frontline.js");
const MAILBOX = "support@frontline.example";
export const MAIL_AIM_PER_SEC = 200;

export type MailBenchResult = {
  smtp: {
    senders: number;
    messages: number;
    seconds: number;
    perSec: number;
    p50Ms: number;
    p99Ms: number;
    failures: number;
    /** The server process's CPU ms per message: steadier than messages/s on a shared machine. */
    serverCpuMsPerMessage: number;
    /** Of that, the kernel's (system) time: socket writes to PostgreSQL over loopback TCP, file writes, SMTP reads. */
    serverSystemMsPerMessage: number;
    /** PostgreSQL's CPU ms per message: the scratch database's backends and the shared auxiliary processes. */
    postgresCpuMsPerMessage: number;
    outcomes: Record<string, number>;
    /** The 1-minute load average (os.loadavg) as the phase began and ended: how shared the machine was. */
    loadAverage: [number, number];
  };
  pipe: {
    messages: number;
    msPerMessage: number[];
    outcomes: Record<string, number>;
    loadAverage: [number, number];
  };
};

/** Sizes as a help desk sees them: mostly a few lines, some pasted logs, a few screenshots. */
function body(i: number): {
  text: string;
  attachments?: Array<{ filename: string; content: Buffer; contentType: string }>;
} {
  const line = "The shared drive times out when I open the quarterly folder; it worked yesterday. ";
  if (i % 10 === 9)
    return {
      text: line,
      attachments: [{ filename: "screenshot.png", content: Buffer.alloc(150_000, i % 251), contentType: "image/png" }],
    };
  if (i % 10 >= 6) return { text: line.repeat(250) }; // ~20 KB of pasted log
  return { text: line.repeat(3) };
}

/** The i-th message of a sender: every fifth a reply (Re:, References to an earlier message of the same sender). */
type Sent = { id: string; subject: string; from: string };
function message(sender: number, i: number, sent: Sent[]) {
  const reply = i % 5 === 4 && sent.length > 0 ? sent[sent.length - 1]! : undefined;
  const messageId = `<${randomUUID()}@customer${sender}.example>`;
  const subject = reply ? `Re: ${reply.subject}` : `Drive timeout ${sender}-${i}`;
  // Forty people per sender: the first mail of each makes a requester, the rest find them.
  const from = reply ? reply.from : `user${sender}-${i % 40}@customer${sender}.example`;
  if (!reply) sent.push({ id: messageId, subject, from });
  return {
    from,
    to: MAILBOX,
    subject,
    messageId,
    ...(reply ? { inReplyTo: reply.id, references: [reply.id] } : {}),
    ...body(i),
  };
}

/** A process's CPU time so far in ms (Linux /proc: utime + stime, at 100 ticks a second); NaN elsewhere. */
function cpuMs(pid: number | undefined): number {
  const { user, system } = cpuSplitMs(pid);
  return user + system;
}

/** A process's user and system (kernel) CPU time so far in ms (Linux /proc); NaN elsewhere. */
function cpuSplitMs(pid: number | undefined): { user: number; system: number } {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 };
  } catch {
    return { user: Number.NaN, system: Number.NaN };
  }
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? Number.NaN;

async function outcomes(databaseUrl: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ outcome: string; n: string }>(
      "select outcome, count(*) as n from inbound_mails group by outcome",
    );
    return Object.fromEntries(rows.map((r) => [r.outcome, Number(r.n)]));
  } finally {
    await client.end();
  }
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

export async function benchMail(options: {
  postgresUrl: string;
  senders: number;
  perSender: number;
  pipeMessages: number;
  cpuProfDir?: string;
  log(line: string): void;
}): Promise<MailBenchResult> {
  // What a mail server's pipe runs is the build: make it current first, or the per-message cost would be tsx's.
  if (serverBuildProblem(ROOT) !== null) {
    options.log("[mail] building dist/server (older than src/)");
    await buildServer(ROOT);
  }
  const name = `frontline_bench_mail_${process.pid}_${Date.now()}`;
  await admin(options.postgresUrl, `create database "${name}"`);
  const dropDatabase = deferCleanup(() => admin(options.postgresUrl, `drop database if exists "${name}" with (force)`));
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "frontline-bench-mail-"));
  const removeDir = deferCleanup(() => rm(dataDir, { recursive: true, force: true }));
  const url = new URL(options.postgresUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    SEED_DEMO: "true",
    LOG_LEVEL: "warn",
    MAIL_ACK_PER_HOUR: "5",
  };
  try {
    // The mail role alone (the worker would send acknowledgements; with no SMTP_URL they stay queued anyway).
    const port = await freePort();
    const profile = options.cpuProfDir ? ["--cpu-prof", "--cpu-prof-dir", options.cpuProfDir] : [];
    const child = spawn(process.execPath, [...profile, FRONTLINE, "start"], {
      env: { ...env, ROLES: "mail", SMTP_LISTEN_PORT: String(port), SMTP_LISTEN_HOST: "127.0.0.1" },
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stop = deferStop(child);
    let smtp: MailBenchResult["smtp"];
    try {
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
      for (
        const deadline = Date.now() + 120_000;
        !output.includes("Mail in:");
        await new Promise((r) => setTimeout(r, 50))
      ) {
        if (child.exitCode !== null || Date.now() > deadline)
          throw new Error(`frontline start (mail role) did not come up:\n${output}`);
      }
      options.log(`[mail] SMTP: ${options.senders} senders × ${options.perSender} messages to ${MAILBOX}`);
      const latencies: number[] = [];
      let failures = 0;
      const started = performance.now();
      const loadBefore = os.loadavg()[0]!;
      const cpuBefore = cpuMs(child.pid);
      const systemBefore = cpuSplitMs(child.pid).system;
      const endCpu = measureCpu(child.pid, name);
      await Promise.all(
        Array.from({ length: options.senders }, async (_, sender) => {
          const transport = nodemailer.createTransport({
            host: "127.0.0.1",
            port,
            secure: false,
            ignoreTLS: true,
            pool: true,
            maxConnections: 1,
          });
          const sent: Sent[] = [];
          for (let i = 0; i < options.perSender; i += 1) {
            const t0 = performance.now();
            try {
              await transport.sendMail(message(sender, i, sent));
              latencies.push(performance.now() - t0);
            } catch (error) {
              failures += 1;
              if (failures <= 3) options.log(`  send failed: ${(error as Error).message}`);
            }
          }
          transport.close();
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const serverCpu = cpuMs(child.pid) - cpuBefore;
      const serverSystem = cpuSplitMs(child.pid).system - systemBefore;
      const split = endCpu();
      const messages = options.senders * options.perSender;
      smtp = {
        senders: options.senders,
        messages,
        seconds,
        perSec: (messages - failures) / seconds,
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        failures,
        serverCpuMsPerMessage: serverCpu / messages,
        serverSystemMsPerMessage: serverSystem / messages,
        postgresCpuMsPerMessage: split ? (split.postgres / 100) * ((seconds * 1000) / messages) : Number.NaN,
        outcomes: await outcomes(databaseUrl),
        loadAverage: [loadBefore, os.loadavg()[0]!],
      };
    } finally {
      await stop();
    }

    options.log(`[mail] frontline mail ingest: ${options.pipeMessages} messages, one process each`);
    const msPerMessage: number[] = [];
    const sent: Sent[] = [];
    const pipeLoadBefore = os.loadavg()[0]!;
    for (let i = 0; i < options.pipeMessages; i += 1) {
      const m = message(99, i, sent);
      const raw = await new Promise<Buffer>((resolve, reject) =>
        nodemailer
          .createTransport({ streamTransport: true, buffer: true })
          .sendMail(m, (error, info) => (error ? reject(error) : resolve(info.message as Buffer))),
      );
      const t0 = performance.now();
      execFileSync(process.execPath, [FRONTLINE, "mail", "ingest"], {
        env,
        cwd: ROOT,
        input: raw,
        stdio: ["pipe", "ignore", "pipe"],
      });
      msPerMessage.push(performance.now() - t0);
    }
    const all = await outcomes(databaseUrl);
    const pipeOutcomes = Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v - (smtp.outcomes[k] ?? 0)]));
    const pipe = {
      messages: options.pipeMessages,
      msPerMessage,
      outcomes: pipeOutcomes,
      loadAverage: [pipeLoadBefore, os.loadavg()[0]!] as [number, number],
    };
    return { smtp, pipe };
  } finally {
    await dropDatabase();
    await removeDir();
  }
}
