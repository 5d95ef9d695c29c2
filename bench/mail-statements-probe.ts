// Statements (round trips to PostgreSQL) and CPU of this process per ingested mail, by kind: a new request from a
// known sender, from a new sender, a reply joined by its References chain. On the database in DATABASE_URL (seeded
// with the demo workspace on first use). Usage:
//   DATABASE_URL=… node bin/run-ts.js bench/mail-statements-probe.ts [messages per kind]
import { randomUUID } from "node:crypto";
import { cpuUsage } from "node:process";
import pg from "pg";
import { loadConfig } from "../src/config/config.ts";
import { openRuntime } from "../src/runtime.ts";
import { seedDemoIfEmpty } from "../src/seed/demo.ts";
import { ensureSlaDefaults } from "../src/sla/policy/ensure-sla-defaults.ts";
import { ingestMail } from "../src/channels/email/ingest-mail.ts";

const perKind = Number(process.argv[2] ?? 30);
let statements = 0;
const seen: string[] = [];
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  const first = args[0] as string | { text: string };
  if (process.env.PROBE_SQL) seen.push(typeof first === "string" ? first : first.text);
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

const config = await loadConfig({ LOG_LEVEL: "warn", SEED_DEMO: "true" });
const runtime = await openRuntime(config, { migrate: true, logTo: "stderr" });
await ensureSlaDefaults(runtime.deps);
await seedDemoIfEmpty(runtime.deps);
const deps = runtime.deps;

const mail = (from: string, extra: string[] = [], subject = "Printer on floor 3 is offline") => {
  const id = `<${randomUUID()}@client.example>`;
  return {
    id,
    raw: Buffer.from(
      [
        `From: ${from}`,
        "To: support@frontline.example",
        `Subject: ${subject}`,
        "Date: Mon, 02 Mar 2026 09:00:00 +0500",
        `Message-ID: ${id}`,
        ...extra,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Nobody on the floor can print since 9:00.",
        "",
      ].join("\r\n"),
    ),
  };
};

type Tally = { n: number; statements: number; cpu: number };
const tallies: Record<string, Tally> = {};
async function measure(kind: string, raw: Buffer, expected: string) {
  const before = statements;
  seen.length = 0;
  const c0 = cpuUsage();
  const outcome = await ingestMail(deps, { raw, recipients: ["support@frontline.example"] });
  const c = cpuUsage(c0);
  if (outcome.outcome !== expected) throw new Error(`${kind}: ${JSON.stringify(outcome)}`);
  const t = (tallies[kind] ??= { n: 0, statements: 0, cpu: 0 });
  t.n += 1;
  t.statements += statements - before;
  t.cpu += (c.user + c.system) / 1000;
  if (process.env.PROBE_SQL && t.n === 2) console.log(`--- ${kind}\n${seen.join("\n")}`);
}

const known = "Ali Raza <probe-known@indus-textiles.example>";
// Warm-up: the caches, the known sender and the first-ever paths.
await measure("warm-up", mail(known).raw, "created");
for (let i = 0; i < perKind; i++) {
  const first = mail(known);
  await measure("new request, known sender", first.raw, "created");
  await measure(
    "new request, new sender",
    mail(`Stranger ${i} <stranger-${randomUUID()}@nowhere.example>`).raw,
    "created",
  );
  await measure(
    "reply (References)",
    mail(known, [`In-Reply-To: ${first.id}`, `References: ${first.id}`], "Re: Printer on floor 3 is offline").raw,
    "replied",
  );
}
for (const [kind, t] of Object.entries(tallies)) {
  if (kind === "warm-up") continue;
  console.log(
    `${kind.padEnd(28)} ${(t.statements / t.n).toFixed(1)} statements, ${(t.cpu / t.n).toFixed(2)} ms CPU (${t.n})`,
  );
}
await runtime.close();
