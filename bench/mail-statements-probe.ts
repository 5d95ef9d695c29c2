// Statements (round trips to PostgreSQL) and CPU of this process per ingested mail, by kind: a new request from a
// known sender, from a new sender, a reply joined by its References chain. On the database in DATABASE_URL (seeded
// with the demo workspace on first use). Usage:
//   DATABASE_URL=… node bin/run-ts.js bench/mail-statements-probe.ts [messages per kind]
// With PROBE_PG_CPU=1 it also reports the PostgreSQL backend's CPU per statement, from the `log_statement_stats`
// report each statement sends back (the probe's database must have it on for its sessions:
//   ALTER DATABASE … SET log_statement_stats = on; ALTER DATABASE … SET client_min_messages = log; and RESET both
// after: every statement also writes its report to the server's log).
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
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
// PROBE_DUMP=file: the statements (text and values) of the second mail of each kind, for EXPLAIN by hand.
const dumped: Array<{ text: string; values: unknown[] }> = [];
const dumps: Record<string, typeof dumped> = {};
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  const first = args[0] as string | { text: string };
  if (process.env.PROBE_SQL) seen.push(typeof first === "string" ? first : first.text);
  if (process.env.PROBE_DUMP)
    dumped.push(
      typeof first === "string"
        ? { text: first, values: Array.isArray(args[1]) ? (args[1] as unknown[]) : [] }
        : { text: first.text, values: (first as { values?: unknown[] }).values ?? (args[1] as unknown[]) ?? [] },
    );
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

// PostgreSQL's own CPU per statement (PROBE_PG_CPU): each parse, bind and execute message reports its usage as a
// notice while it is the client's active query; summed by the statement's first words.
const pgCpu = new Map<string, { ms: number; n: number }>();
let pgCpuTotal = 0;
const USAGE = /([\d.]+) s user, ([\d.]+) s system/;
if (process.env.PROBE_PG_CPU) {
  const connect = pg.Client.prototype.connect;
  pg.Client.prototype.connect = function (this: pg.Client, ...args: unknown[]) {
    this.on("notice", (notice) => {
      const usage = USAGE.exec(notice.detail ?? "");
      if (!usage || !/STATISTICS/.test(notice.message ?? "")) return;
      const ms = (Number(usage[1]) + Number(usage[2])) * 1000;
      const active = (this as unknown as { _activeQuery?: { text?: string } | null })._activeQuery?.text ?? "?";
      const phase = /^(\w+)/.exec(notice.message ?? "")?.[1] ?? "?";
      const key = `${phase.padEnd(7)} ${active.replace(/\s+/g, " ").trim().slice(0, 62)}`;
      const t = pgCpu.get(key) ?? { ms: 0, n: 0 };
      if (/EXECUTE|QUERY/.test(notice.message ?? "")) t.n += 1;
      t.ms += ms;
      pgCpu.set(key, t);
      pgCpuTotal += ms;
    });
    return (connect as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof connect;
}

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
  dumped.length = 0;
  const c0 = cpuUsage();
  const outcome = await ingestMail(deps, { raw, recipients: ["support@frontline.example"] });
  const c = cpuUsage(c0);
  if (outcome.outcome !== expected) throw new Error(`${kind}: ${JSON.stringify(outcome)}`);
  const t = (tallies[kind] ??= { n: 0, statements: 0, cpu: 0 });
  t.n += 1;
  t.statements += statements - before;
  t.cpu += (c.user + c.system) / 1000;
  if (process.env.PROBE_SQL && t.n === 2) console.log(`--- ${kind}\n${seen.join("\n")}`);
  if (t.n === 2) dumps[kind] = [...dumped];
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
if (process.env.PROBE_DUMP) writeFileSync(process.env.PROBE_DUMP, JSON.stringify(dumps, null, 1));
if (process.env.PROBE_PG_CPU) {
  const mails = Object.entries(tallies)
    .filter(([kind]) => kind !== "warm-up")
    .reduce((n, [, t]) => n + t.n, 0);
  console.log(`PostgreSQL backend CPU, all kinds together: ${(pgCpuTotal / (mails + 1)).toFixed(2)} ms a mail`);
  for (const [key, t] of [...pgCpu].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25))
    console.log(`${(t.ms / (mails + 1)).toFixed(3).padStart(7)} ms a mail ${String(t.n).padStart(4)}× ${key}`);
}
await runtime.close();
