// CPU of this process and statements sent per WhatsApp webhook post, through the HTTP route in process (Fastify's
// inject: routing, hooks, the raw-body parser, the signature, the JSON and the statement, no socket), one post at a
// time so that no queue or lock is measured: the cost of a post, not the machine's load. The posts are the bench's
// (bench/whatsapp.bench.ts: one message each, every fifth a replay). On the database in DATABASE_URL. Usage:
//   DATABASE_URL=… node bin/run-ts.js bench/whatsapp-cpu-probe.ts [posts]
// PROBE_PROFILE=FILE.cpuprofile profiles the measured posts only (not start-up, not the warm-up): bench/profile-summary.ts
// reads it. PROBE_SQL=1 prints the statements of the last post.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { cpuUsage } from "node:process";
import pg from "pg";
import { buildApp } from "../src/app.ts";
import { signWebhook } from "../src/channels/whatsapp/signature.ts";
import { loadConfig } from "../src/config/config.ts";
import { openRuntime } from "../src/runtime.ts";
import { webhook } from "./whatsapp.bench.ts";

const posts = Number(process.argv[2] ?? 2000);
const SECRET = "probe-app-secret";
let statements = 0;
const seen: string[] = [];
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  const first = args[0] as string | { text: string; name?: string };
  if (process.env.PROBE_SQL)
    seen.push(typeof first === "string" ? first : `${first.name ? `[${first.name}] ` : ""}${first.text}`);
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

const config = await loadConfig({
  LOG_LEVEL: "warn",
  SEED_DEMO: "false",
  WHATSAPP_APP_SECRET: SECRET,
  WHATSAPP_PHONE_NUMBER_ID: "106540352242922",
  WHATSAPP_ACCESS_TOKEN: "probe",
  WHATSAPP_VERIFY_TOKEN: "probe",
});
const runtime = await openRuntime(config, { migrate: true, logTo: "stderr" });
const app = await buildApp(runtime.deps);
await app.ready();

// Unique ids per run: a database kept from an earlier run does not turn every post into a replay. Bodies and their
// signatures are made before the clock starts: they are Meta's work, not the server's.
const offset = Date.now() * 10;
const signed = (i: number) => {
  const raw = webhook(offset + i);
  return { raw, signature: signWebhook(SECRET, raw) };
};
async function post({ raw, signature }: { raw: Buffer; signature: string }): Promise<void> {
  const response = await app.inject({
    method: "POST",
    url: "/webhooks/whatsapp",
    headers: { "content-type": "application/json", "x-hub-signature-256": signature },
    payload: raw,
  });
  if (response.statusCode !== 200) throw new Error(`POST /webhooks/whatsapp: ${response.statusCode} ${response.body}`);
}

// Warm-up: the JIT, the numbers' cache and the named statement.
for (let i = 0; i < Math.min(200, posts); i++) await post(signed(-1_000_000 + i));
// Every fifth post replays an earlier message, as in the bench.
const plan = Array.from({ length: posts }, (_, i) => signed(i % 5 === 4 ? i - 3 : i));
const profiler = process.env.PROBE_PROFILE ? new Session() : undefined;
if (profiler) {
  profiler.connect();
  await profiler.post("Profiler.enable");
  await profiler.post("Profiler.start");
}
const s0 = statements;
const c0 = cpuUsage();
for (const p of plan.slice(0, -1)) await post(p);
seen.length = 0;
await post(plan.at(-1)!);
const c = cpuUsage(c0);
if (profiler) {
  const { profile } = await profiler.post("Profiler.stop");
  writeFileSync(process.env.PROBE_PROFILE!, JSON.stringify(profile));
}
console.log(
  `webhook ${((c.user + c.system) / 1000 / posts).toFixed(3)} ms CPU/post (user ${(c.user / 1000 / posts).toFixed(3)}, ` +
    `system ${(c.system / 1000 / posts).toFixed(3)})  ${((statements - s0) / posts).toFixed(2)} statements/post`,
);
for (const [k, text] of seen.entries()) console.log(`  ${k + 1}. ${text.slice(0, 600)}`);
await app.close();
await runtime.close();
