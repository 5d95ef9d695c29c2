// WhatsApp webhook ingestion on PostgreSQL: the app (in this process) on a scratch database takes signed webhooks from
// concurrent senders — one message each, every fifth a replay of an earlier one — answered 200 once the event and its
// outbox job are committed; then the worker's jobs turn them into tickets. Counts that nothing was lost and that each
// replayed message was stored once.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import pino from "pino";
import { buildApp } from "../src/app.ts";
import { signWebhook } from "../src/channels/whatsapp/signature.ts";
import { whatsappInboundJobHandlers } from "../src/channels/whatsapp/whatsapp-inbound.job.ts";
import { parseConfig } from "../src/config/config.ts";
import { runDueJobs } from "../src/platform/jobs/run-jobs.ts";
import { openRuntime } from "../src/runtime.ts";
import { deferCleanup } from "./cleanup.ts";

export const WHATSAPP_AIM_PER_SEC = 1000;
const SECRET = "bench-app-secret";
const PHONE_NUMBER_ID = "106540352242922";

export type WhatsappBenchResult = {
  posts: number;
  unique: number;
  seconds: number;
  perSec: number;
  failures: number;
  storedEvents: number;
  processedEvents: number;
  tickets: number;
  drainSeconds: number;
};

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The bench's webhook number `i`: one text message from one of 500 customers (also bench/whatsapp-cpu-probe.ts). */
export function webhook(i: number): Buffer {
  const from = String(923000000000 + (i % 500));
  return Buffer.from(
    JSON.stringify({
      object: "whatsapp_business_account",
      entry: [
        {
          id: "1",
          changes: [
            {
              field: "messages",
              value: {
                messaging_product: "whatsapp",
                metadata: { display_phone_number: "15550783881", phone_number_id: PHONE_NUMBER_ID },
                contacts: [{ profile: { name: `Customer ${i % 500}` }, wa_id: from }],
                messages: [
                  {
                    from,
                    id: `wamid.BENCH${i}`,
                    timestamp: "1764050000",
                    type: "text",
                    text: { body: `Message ${i}` },
                  },
                ],
              },
            },
          ],
        },
      ],
    }),
  );
}

export async function benchWhatsapp(options: {
  postgresUrl: string;
  senders: number;
  messages: number;
  log(line: string): void;
}): Promise<WhatsappBenchResult> {
  const name = `frontline_bench_whatsapp_${process.pid}_${Date.now()}`;
  await admin(options.postgresUrl, `create database "${name}"`);
  const dropDatabase = deferCleanup(() => admin(options.postgresUrl, `drop database if exists "${name}" with (force)`));
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "frontline-bench-whatsapp-"));
  const removeDir = deferCleanup(() => rm(dataDir, { recursive: true, force: true }));
  const url = new URL(options.postgresUrl);
  url.pathname = `/${name}`;
  const config = parseConfig({
    DATABASE_URL: url.toString(),
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    SEED_DEMO: "false",
    WHATSAPP_APP_SECRET: SECRET,
    WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
    WHATSAPP_ACCESS_TOKEN: "bench",
    WHATSAPP_VERIFY_TOKEN: "bench",
  });
  const runtime = await openRuntime(config);
  const app = await buildApp(runtime.deps);
  try {
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    // Every fifth post replays an earlier message: stored once, answered 200 all the same.
    const plan = Array.from({ length: options.messages }, (_, i) => (i % 5 === 4 ? i - 3 : i));
    let next = 0;
    let failures = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: options.senders }, async () => {
        while (next < plan.length) {
          const raw = webhook(plan[next++]!);
          const res = await fetch(`${base}/webhooks/whatsapp`, {
            method: "POST",
            headers: { "content-type": "application/json", "x-hub-signature-256": signWebhook(SECRET, raw) },
            body: raw,
          });
          if (res.status !== 200) failures += 1;
          await res.arrayBuffer();
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    options.log(`[whatsapp] ${plan.length} webhooks in ${seconds.toFixed(2)} s; draining the outbox`);
    const drainStart = performance.now();
    const handlers = whatsappInboundJobHandlers(runtime.deps);
    const jobOptions = { now: () => new Date(), log: pino({ level: "silent" }), batch: 50 };
    while ((await runDueJobs(runtime.deps.db, handlers, jobOptions)).claimed > 0);
    const drainSeconds = (performance.now() - drainStart) / 1000;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]?.n ?? 0);
    const result = {
      posts: plan.length,
      unique: new Set(plan).size,
      seconds,
      perSec: plan.length / seconds,
      failures,
      storedEvents: await count("select count(*) n from whatsapp_events"),
      processedEvents: await count("select count(*) n from whatsapp_events where processed_at is not null"),
      tickets: await count("select count(*) n from tickets where channel = 'whatsapp'"),
      drainSeconds,
    };
    await client.end();
    return result;
  } finally {
    await app.close();
    await runtime.close();
    await removeDir();
    await dropDatabase();
  }
}
